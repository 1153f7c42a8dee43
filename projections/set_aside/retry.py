"""Applying set-aside events again, after the code that failed on them was fixed.

The rule: events are retried in log order, each in a transaction of its own that applies it and
removes it from the set-aside ones. An event that fails again stays, with its new error, and the
later set-aside events of the same record stay behind it (held back), so a projection never sees
a record's events out of order. Events of other records were applied in the meantime: a
projection whose rows for one record depend on another record's events (a count, a customer's
latest incident) may hold different rows than a replay from zero would; `cronica rebuild NAME`
re-applies every event from the first, in order, and clears that projection's set-aside events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cronica.projections.follower import NotificationLog
from cronica.projections.positions import read_position
from cronica.projections.projection import Projection
from cronica.projections.set_aside.faults import is_transient
from cronica.projections.set_aside.queries import set_aside_events
from cronica.projections.set_aside.rows import (
    HeldBackError,
    SetAsideEvent,
    forget,
    set_aside,
    still_set_aside,
)
from cronica.projections.store import ReadStore


class MissingEventError(Exception):
    """Raised (recorded) when a set-aside event is no longer in the event store's log."""


@dataclass
class RetryOutcome:
    """What a retry did: the events applied (no longer set aside) and those still set aside."""

    applied: list[SetAsideEvent] = field(default_factory=list)
    still_failing: list[SetAsideEvent] = field(default_factory=list)


def retry_set_aside(
    log: NotificationLog,
    store: ReadStore,
    projections: Sequence[Projection],
    name: str | None = None,
) -> RetryOutcome:
    """Retries the set-aside events of the projection named (of every projection: None), in
    log order, with the projections' current code."""
    by_name = {projection.name: projection for projection in projections}
    outcome = RetryOutcome()
    failing: dict[tuple[str, str], int] = {}  # record -> its first event that failed again
    for entry in set_aside_events(store, projection=name):
        projection = by_name.get(entry.projection)
        if projection is None:
            continue  # a projection this release no longer has: nothing can apply it
        record = (entry.projection, entry.record_id)
        behind = failing.get(record)
        error = (
            _apply_again(log, store, projection, entry) if behind is None else HeldBackError(behind)
        )
        if error is None:
            outcome.applied.append(entry)
            continue
        failing.setdefault(record, entry.position)
        outcome.still_failing.append(_keep(store, entry, error))
    return outcome


def _apply_again(
    log: NotificationLog, store: ReadStore, projection: Projection, entry: SetAsideEvent
) -> Exception | None:
    """Applies one set-aside event and removes it from the set-aside ones, in one transaction;
    answers the projection's error if it fails again (a transient fault is raised)."""
    logged = log.at(entry.position)
    if logged is None:
        return MissingEventError(f"no event at position {entry.position}")
    try:
        with store.transaction() as cursor:
            # Takes turns with a runner applying a batch to the same projection (PostgreSQL).
            read_position(cursor, entry.projection, for_update=store.dialect == "postgres")
            if still_set_aside(cursor, entry.projection, entry.position):
                projection.apply(cursor, logged.event, logged.position)
                forget(cursor, entry.projection, entry.position)
    except Exception as error:
        if is_transient(error):
            raise
        return error
    return None


def _keep(store: ReadStore, entry: SetAsideEvent, error: Exception) -> SetAsideEvent:
    """Records the event's new error; answers the event as it is now set aside."""
    again = entry.again(error)
    with store.transaction() as cursor:
        if still_set_aside(cursor, entry.projection, entry.position):
            set_aside(cursor, again)
    return again
