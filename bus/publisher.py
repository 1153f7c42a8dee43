"""Publishing to one JetStream stream with many messages in flight: sent in call order, each ack
(or refusal) delivered to the message's own future.

nats-py 2.16 offers `publish_async` for this, but when the server refuses a message (stream
full, wrong stream) its reply handler raises inside the client instead of failing the message's
future, which then never completes. This publisher makes the same requests (a PUB with a reply
subject under one inbox) and fails the future with the server's reason.
"""

from __future__ import annotations

import asyncio
import itertools
import json

from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js.api import PubAck

# The status a NATS server answers a request with when nobody (no stream) listens.
NO_RESPONDERS = "503"


class PublishRefusedError(Exception):
    """Raised when JetStream answers a publish with an error instead of storing the message."""


class JetStreamPublisher:
    """Sends messages to `stream` on one connection, at most `in_flight` of them unacked."""

    def __init__(self, connection: Client, stream: str, in_flight: int) -> None:
        self._connection = connection
        self._stream = stream
        self._slots = asyncio.Semaphore(in_flight)
        self._inbox = connection.new_inbox()
        self._tokens = itertools.count()
        self._waiting: dict[str, asyncio.Future[PubAck]] = {}

    async def start(self) -> None:
        await self._connection.subscribe(f"{self._inbox}.*", cb=self._on_reply)

    async def publish(
        self, subject: str, payload: bytes, headers: dict[str, str], timeout: float
    ) -> asyncio.Future[PubAck]:
        """Sends the message now, after those sent before it, and answers the future of its ack;
        waits (up to `timeout`, then TimeoutError) while `in_flight` messages are unacked."""
        await asyncio.wait_for(self._slots.acquire(), timeout)
        token = str(next(self._tokens))
        future: asyncio.Future[PubAck] = asyncio.get_running_loop().create_future()
        self._waiting[token] = future
        future.add_done_callback(lambda _: self._settle(token))
        try:
            await self._connection.publish(
                subject,
                payload,
                reply=f"{self._inbox}.{token}",
                headers={**headers, "Nats-Expected-Stream": self._stream},
            )
        except BaseException:
            future.cancel()
            raise
        return future

    def fail_waiting(self, error: Exception) -> None:
        """Fails every message still waiting for its ack: its connection closed, none will come."""
        for future in list(self._waiting.values()):
            if not future.done():
                future.set_exception(error)

    def _settle(self, token: str) -> None:
        del self._waiting[token]
        self._slots.release()

    async def _on_reply(self, reply: Msg) -> None:
        future = self._waiting.get(reply.subject.rsplit(".", 1)[-1])
        if future is None or future.done():
            return
        if reply.headers and reply.headers.get("Status") == NO_RESPONDERS:
            future.set_exception(PublishRefusedError(f"no stream {self._stream} takes the subject"))
            return
        answer = json.loads(reply.data)
        if "error" in answer:
            future.set_exception(PublishRefusedError(answer["error"].get("description", answer)))
        else:
            future.set_result(PubAck.from_response(answer))
