"""The event-log follower: one loop for everything that follows the event store's notification log
(the projections, the reactions, the JetStream relay).

A follower reads the events after the position it stored, handles them and stores how far it got;
what "stored" means (in the batch's transaction, after each reaction, after JetStream's acks) is
its own business. `EventLogFollower` runs it in the background until stopped: after a save, a
PostgreSQL NOTIFY (`listen_for_events`) or the poll interval, and again after a failure (a dropped
connection), with a growing pause, from the stored position, so nothing is skipped.

Followers outside `projections` (commands, bus) plug in structurally: they implement `Follower`
and take a `NotificationLog` as any object with its `after` method.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

import psycopg
from eventsourcing.persistence import ApplicationRecorder, Mapper, Notification

log = logging.getLogger(__name__)


class LoggedEvent(NamedTuple):
    """A stored event and its position (notification id) in the log."""

    position: int
    event: Any


@dataclass(frozen=True)
class NotificationLog:
    """The event store's notification log, read in batches of domain events."""

    recorder: ApplicationRecorder
    mapper: Mapper[Any]
    batch_size: int

    def after(self, position: int) -> list[LoggedEvent]:
        """The next events after `position`."""
        return self.decoded(self.stored_after(position))

    def stored_after(self, position: int) -> Sequence[Notification]:
        """The next events after `position` as stored, not decoded. Notification ids have gaps
        (a failed insert consumes one): the next events are those "greater than position",
        never "position + 1"."""
        return self.recorder.select_notifications(
            start=position, limit=self.batch_size, inclusive_of_start=False
        )

    def decoded(self, notifications: Sequence[Notification]) -> list[LoggedEvent]:
        return [LoggedEvent(n.id, self.mapper.to_domain_event(n)) for n in notifications]

    def at(self, position: int) -> LoggedEvent | None:
        """The event at exactly `position`, or None if there is none (a gap)."""
        found = self.recorder.select_notifications(start=position, limit=1)
        if not found or found[0].id != position:
            return None
        return LoggedEvent(position, self.mapper.to_domain_event(found[0]))


class Follower(Protocol):
    """Something that follows the log from a position it stores itself."""

    def follow_batch(self) -> int:
        """Handles the next batch; answers how many events it read (0: caught up)."""
        ...


def follow_to_end(follower: Follower) -> int:
    """Follows batches until no event is left; returns how many were read."""
    total = 0
    while read := follower.follow_batch():
        total += read
    return total


@dataclass(kw_only=True)
class EventLogFollower:
    """Runs one follower in the background until stopped; `what` names it in the log."""

    follower: Follower
    poll_seconds: float
    gather_seconds: float = 0.0
    longest_pause: float = 10.0
    what: str
    _wake: threading.Event = field(default_factory=threading.Event, init=False)

    def wake(self, _position: int = 0) -> None:
        """Tells the follower new events exist (called after a save, or on a NOTIFY)."""
        self._wake.set()

    def run(self, stop: threading.Event) -> None:
        """Catches up, then sleeps until woken or the poll interval passes, until `stop` is set.
        A failure is logged and retried from the follower's stored position: at once the first
        time (a dropped connection has been replaced by then), then after a growing pause."""
        backoff = 0.0
        while not stop.is_set():
            try:
                follow_to_end(self.follower)
                backoff = 0.0
            except Exception as error:
                if backoff:  # the cause was logged in full at the first failure
                    log.warning(
                        "%s failed again (%s); retrying in %.1fs", self.what, error, backoff
                    )
                else:
                    log.exception("%s failed; retrying at once", self.what)
                stop.wait(backoff)
                backoff = min(max(backoff * 2, self.poll_seconds), self.longest_pause)
                continue
            if self._wake.wait(self.poll_seconds) and self.gather_seconds:
                # Let a burst of saves gather into one batch: under load each save would
                # otherwise cost a batch of its own.
                stop.wait(self.gather_seconds)
            self._wake.clear()


def listen_for_events(
    conninfo: str, channel: str, wake: Callable[[int], None], stop: threading.Event
) -> None:
    """Wakes followers when PostgreSQL announces new events (the event store NOTIFYs on each
    save): LISTENs on the channel until `stop`, reconnecting after a dropped connection."""
    while not stop.is_set():
        try:
            with psycopg.connect(conninfo, autocommit=True) as connection:
                connection.execute(f'LISTEN "{channel}"')
                wake(0)  # events may have arrived while we were not listening
                while not stop.is_set():
                    for _ in connection.notifies(timeout=0.25, stop_after=1):
                        wake(0)
        except psycopg.Error:
            log.warning("event listener lost its connection; reconnecting", exc_info=True)
            stop.wait(1.0)
