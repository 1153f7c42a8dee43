"""The relay: a follower of the event store's notification log that publishes every event to
JetStream.

At least once, made exactly once by JetStream: the relay reads a batch after its stored
position, publishes it with many publishes in flight, waits for the acks, and only then stores
the position of the last event acked in an unbroken run from the batch's start, so no event is
skipped. A crash between an ack and storing the position makes a restarted relay send those
events again; each carries its CloudEvents id as `Nats-Msg-Id`, and JetStream drops the copies
(see `cronica.bus.stream` for the duplicate window and what an ack promises).

The relay is driven like every follower of the log (ops runs it with the read side's
`EventLogFollower`: woken by saves and NOTIFY, retried with a short pause after a NATS or
database error); its NATS connection lives on an event loop of its own, in a thread. When the
connection closes (the server stopped, the network failed), the messages waiting for their acks
fail at once rather than after the ack timeout, and the next batch connects again: the relay
catches up within a pause of the server's return.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Coroutine
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import nats
from nats.aio.client import Client
from nats.errors import ConnectionClosedError
from nats.js.api import PubAck

from cronica.bus.messages import EventLog, OutgoingMessage
from cronica.bus.publisher import JetStreamPublisher
from cronica.bus.stream import StreamSpec, ensure_stream

log = logging.getLogger(__name__)

T = TypeVar("T")


class PositionClaim(Protocol):
    """The relay's hold on its stored position (the last event JetStream acked) for one batch."""

    @property
    def position(self) -> int: ...
    def advance(self, position: int) -> None: ...


ClaimPosition = Callable[[], AbstractContextManager[PositionClaim]]
PublishObserver = Callable[["Relayed", int, int], None]
"""Told of each batch JetStream acked: what it stored, and when publishing began and the last
ack came (nanoseconds since the epoch); ops measures and traces the relay with it."""


class PublishError(Exception):
    """Raised when JetStream did not store every message of a batch (refused, or no ack in time)."""


@dataclass(frozen=True)
class Relayed:
    """What a run of the relay did: events read (internal ones included), and of the messages
    sent, those JetStream stored and the copies it dropped."""

    events: int = 0
    stored: int = 0
    duplicates: int = 0

    @property
    def sent(self) -> int:
        return self.stored + self.duplicates

    def __add__(self, other: Relayed) -> Relayed:
        return Relayed(
            self.events + other.events,
            self.stored + other.stored,
            self.duplicates + other.duplicates,
        )


class EventRelay:
    """Publishes the event log to one JetStream stream from a stored position."""

    def __init__(
        self,
        events: EventLog,
        claim_position: ClaimPosition,
        nats_url: str,
        stream: StreamSpec,
        *,
        in_flight: int = 256,
        ack_timeout: float = 10.0,
        observer: PublishObserver | None = None,
    ) -> None:
        self.events = events
        self.claim_position = claim_position
        self.nats_url = nats_url
        self.stream = stream
        self.in_flight = in_flight
        self.ack_timeout = ack_timeout
        self.observer = observer
        self._connection: Client | None = None
        self._publisher: JetStreamPublisher | None = None
        self._loop = asyncio.new_event_loop()
        self._nats = threading.Thread(target=self._loop.run_forever, name="relay-nats", daemon=True)
        self._nats.start()

    def follow_batch(self) -> int:
        """Relays the next batch; answers how many events it read (0: caught up)."""
        return self.relay_batch().events

    async def catch_up(self) -> Relayed:
        """Relays until every event written so far is acked; returns what was sent."""
        return await asyncio.to_thread(self._catch_up)

    def _catch_up(self) -> Relayed:
        total = Relayed()
        while (batch := self.relay_batch()).events:
            total += batch
        return total

    def relay_batch(self) -> Relayed:
        """Publishes the next batch and stores how far it was acked (nothing read: caught up);
        after a failure the connection is dropped, and the next batch makes a new one."""
        try:
            with self.claim_position() as claim:
                start = claim.position
                batch = self.events.batch_after(start)
                messages = batch.messages
                started = time.time_ns()
                acks = self._on_nats(self._publish(messages)) if messages else []
                acked = time.time_ns()
                reached = batch.acked_through(len(acks), start)
                if reached > start:
                    claim.advance(reached)
        except Exception:
            self._on_nats(self._disconnect())
            raise
        if len(acks) < len(messages):
            self._on_nats(self._disconnect())
            raise PublishError(
                f"JetStream acked {len(acks)} of {len(messages)} messages after position {start}"
            )
        duplicates = sum(1 for ack in acks if ack.duplicate)
        if duplicates:
            log.info("JetStream already had %d messages sent again", duplicates)
        relayed = Relayed(batch.events, len(acks) - duplicates, duplicates)
        if acks and self.observer is not None:
            self.observer(relayed, started, acked)
        return relayed

    async def _publish(self, batch: list[OutgoingMessage]) -> list[PubAck]:
        """Publishes in log order; answers the acks of the unbroken run from the batch's start."""
        publisher = await self._connected()
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

    async def _connected(self) -> JetStreamPublisher:
        """The publisher, on a new connection (with the stream created if missing) unless the
        last one is still open."""
        if self._connection is not None and self._connection.is_closed:
            await self._disconnect()
        if self._publisher is None:
            # The follower's loop reconnects (with backoff, stopping on request), not the client.
            connection = await nats.connect(
                self.nats_url,
                name="cronica-relay",
                connect_timeout=5,
                allow_reconnect=False,
                max_reconnect_attempts=1,  # also bounds the first connect (else 60 retries)
                reconnect_time_wait=0.5,
                error_cb=_log_nats_error,
                closed_cb=self._connection_closed,
            )
            self._connection = connection
            await ensure_stream(connection.jetstream(), self.stream)
            publisher = JetStreamPublisher(connection, self.stream.name, self.in_flight)
            await publisher.start()
            self._publisher = publisher
        return self._publisher

    async def _connection_closed(self) -> None:
        if self._publisher is not None:
            self._publisher.fail_waiting(ConnectionClosedError())

    async def _disconnect(self) -> None:
        connection, self._connection, self._publisher = self._connection, None, None
        if connection is not None and not connection.is_closed:
            await connection.close()

    def _on_nats(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Runs `coroutine` on the relay's NATS event loop and waits for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def close(self) -> None:
        self._on_nats(self._disconnect())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._nats.join()
        self._loop.close()


async def _log_nats_error(error: Exception) -> None:
    log.warning("NATS: %s", str(error) or type(error).__name__)
