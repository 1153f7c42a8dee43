"""The relay: follows the event store's notification log and publishes every event to JetStream.

At least once, made exactly once by JetStream: the relay reads a batch after its stored
position, publishes it with many publishes in flight, waits for the acks, and only then stores
the position of the last event acked in an unbroken run from the batch's start, so no event is
skipped. A crash between an ack and storing the position makes a restarted relay send those
events again; each carries its CloudEvents id as `Nats-Msg-Id`, and JetStream drops the copies
(see `cronica.bus.stream` for the duplicate window and what an ack promises).

NATS and database errors are logged and retried with a growing pause, from the stored position.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Protocol, TypeVar

import nats
from nats.js.api import PubAck

from cronica.bus.messages import EventLog, OutgoingMessage
from cronica.bus.publisher import JetStreamPublisher
from cronica.bus.stream import StreamSpec, ensure_stream

log = logging.getLogger(__name__)

T = TypeVar("T")


class PositionStore(Protocol):
    """Where the relay keeps the position (notification id) of the last event JetStream acked."""

    def read(self) -> int: ...
    def advance(self, position: int) -> None: ...


class PublishError(Exception):
    """Raised when JetStream did not store every message of a batch (refused, or no ack in time)."""


@dataclass(frozen=True)
class Relayed:
    """What a run of the relay sent: messages JetStream stored, and copies it dropped."""

    stored: int = 0
    duplicates: int = 0

    @property
    def sent(self) -> int:
        return self.stored + self.duplicates

    def __add__(self, other: Relayed) -> Relayed:
        return Relayed(self.stored + other.stored, self.duplicates + other.duplicates)


class EventRelay:
    """Publishes the event log to one JetStream stream from a stored position."""

    def __init__(
        self,
        events: EventLog,
        positions: PositionStore,
        nats_url: str,
        stream: StreamSpec,
        *,
        batch_size: int = 500,
        poll_seconds: float = 0.25,
        in_flight: int = 256,
        ack_timeout: float = 10.0,
    ) -> None:
        self.events = events
        self.positions = positions
        self.nats_url = nats_url
        self.stream = stream
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self.in_flight = in_flight
        self.ack_timeout = ack_timeout
        # The database is blocking: one thread does all of it, so connections stay per thread.
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-db")

    async def run(self, stop: asyncio.Event) -> None:
        """Relays until `stop` is set, reconnecting after any failure."""
        backoff = self.poll_seconds
        while not stop.is_set():
            try:
                async with self._connected() as publisher:
                    while not stop.is_set():
                        batch = await self.relay_batch(publisher)
                        if batch.duplicates:
                            log.info("JetStream already had %d events sent again", batch.duplicates)
                        if not batch.sent:
                            await _sleep(stop, self.poll_seconds)
                        backoff = self.poll_seconds
            except Exception:
                log.exception("relay failed; retrying in %.1fs", backoff)
                await _sleep(stop, backoff)
                backoff = min(backoff * 2, 10.0)

    async def catch_up(self) -> Relayed:
        """Relays until every event written so far is acked; returns what was sent."""
        total = Relayed()
        async with self._connected() as publisher:
            while (batch := await self.relay_batch(publisher)).sent:
                total += batch
        return total

    async def relay_batch(self, publisher: JetStreamPublisher) -> Relayed:
        """Publishes the next batch and stores how far it was acked (nothing sent: caught up)."""
        position = await self._blocking(self.positions.read)
        batch = await self._blocking(self.events.messages_after, position, self.batch_size)
        acks = await self._publish(publisher, batch)
        if acks:
            await self._blocking(self.positions.advance, batch[len(acks) - 1].position)
        if len(acks) < len(batch):
            raise PublishError(
                f"JetStream acked {len(acks)} of {len(batch)} messages after position {position}"
            )
        duplicates = sum(1 for ack in acks if ack.duplicate)
        return Relayed(len(acks) - duplicates, duplicates)

    async def _publish(
        self, publisher: JetStreamPublisher, batch: list[OutgoingMessage]
    ) -> list[PubAck]:
        """Publishes in log order; answers the acks of the unbroken run from the batch's start."""
        pending: list[asyncio.Future[PubAck]] = []
        try:
            for message in batch:
                pending.append(
                    await publisher.publish(
                        message.subject, message.payload, message.headers(), self.ack_timeout
                    )
                )
        except Exception:
            log.exception("publishing stopped after %d of %d messages", len(pending), len(batch))
        if pending:
            await asyncio.wait(pending, timeout=self.ack_timeout)
        acks: list[PubAck] = []
        for index, (message, future) in enumerate(zip(batch, pending, strict=False)):
            if not future.done():
                future.cancel()  # too late: it is sent again with the next attempt
                error: BaseException | None = TimeoutError(f"no ack in {self.ack_timeout}s")
            else:
                error = future.exception()
            if error is None and len(acks) == index:
                acks.append(future.result())
            elif error is not None and len(acks) == index:
                log.error("JetStream did not store %s: %s", message.subject, error)
        return acks

    @asynccontextmanager
    async def _connected(self) -> AsyncIterator[JetStreamPublisher]:
        """A publisher on a new connection, with the stream created if missing."""
        # The relay's loop reconnects (with backoff, and stopping on request), not the client.
        connection = await nats.connect(
            self.nats_url,
            name="cronica-relay",
            connect_timeout=5,
            allow_reconnect=False,
            max_reconnect_attempts=1,  # also bounds the first connect, which otherwise retries 60x
            reconnect_time_wait=0.5,
            error_cb=_log_nats_error,
        )
        try:
            await ensure_stream(connection.jetstream(), self.stream)
            publisher = JetStreamPublisher(connection, self.stream.name, self.in_flight)
            await publisher.start()
            yield publisher
        finally:
            await connection.close()

    async def _blocking(self, function: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._database, function, *args)

    def close(self) -> None:
        self._database.shutdown(wait=True)


async def _log_nats_error(error: Exception) -> None:
    log.warning("NATS: %s", str(error) or type(error).__name__)


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    """Sleeps, but wakes at once when `stop` is set."""
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        return
