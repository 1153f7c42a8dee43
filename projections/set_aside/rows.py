"""The table of set-aside events: one row per event a projection could not apply, written in the
transaction that moves that projection's position past it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import astuple, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from eventsourcing.utils import get_topic

from cronica.projections.follower import LoggedEvent
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor, ReadStore, Row
from cronica.projections.unlogged import creating

log = logging.getLogger(__name__)

SET_ASIDE_TABLE = "projection_set_aside"
CREATE_SET_ASIDE = (
    f"CREATE TABLE IF NOT EXISTS {SET_ASIDE_TABLE} ("
    " projection TEXT NOT NULL, position BIGINT NOT NULL, record_id TEXT NOT NULL,"
    " version BIGINT NOT NULL, topic TEXT NOT NULL, company_id TEXT,"
    " error_class TEXT NOT NULL, error TEXT NOT NULL, set_aside_at TEXT NOT NULL,"
    " PRIMARY KEY (projection, position))"
)
ERROR_LENGTH = 1000
"""Errors are kept to one line of at most this many characters (a CLI line, a log line)."""


class HeldBackError(Exception):
    """Raised (recorded) for an event of a record whose earlier event is set aside for the same
    projection: applying it first could leave the record's rows in an order the events never
    had, so it waits behind that event and is retried after it."""

    def __init__(self, behind: int) -> None:
        super().__init__(f"held back behind position {behind}, set aside for the same record")


@dataclass(frozen=True)
class SetAsideEvent:
    """An event one projection did not apply: where it is in the log, whose it is, and why."""

    projection: str
    position: int
    record_id: str
    version: int
    topic: str
    company_id: str | None
    error_class: str
    error: str
    set_aside_at: str

    @property
    def event_type(self) -> str:
        """The event's class as the history names it (`Incident.Opened`)."""
        return self.topic.rpartition(":")[2]

    @classmethod
    def of(cls, projection: str, logged: LoggedEvent, error: BaseException) -> SetAsideEvent:
        """The logged event set aside now by `projection` because of `error`."""
        event: Any = logged.event
        company_id = getattr(event, "company_id", None)
        return cls(
            projection=projection,
            position=logged.position,
            record_id=id_text(event.originator_id),
            version=event.originator_version,
            topic=get_topic(type(event)),
            company_id=None if company_id is None else str(company_id),
            error_class="",
            error="",
            set_aside_at="",
        ).again(error)

    def again(self, error: BaseException) -> SetAsideEvent:
        """The same event, set aside now because of `error`."""
        message = " ".join(str(error).split())[:ERROR_LENGTH] or type(error).__name__
        now = utc_text(datetime.now(UTC))
        return replace(self, error_class=type(error).__name__, error=message, set_aside_at=now)

    @classmethod
    def from_row(cls, row: Row) -> SetAsideEvent:
        return cls(**{**row, "position": int(row["position"]), "version": int(row["version"])})


def create_set_aside_table(store: ReadStore) -> None:
    with store.transaction() as cursor:
        creating(cursor, store).execute(CREATE_SET_ASIDE)


def held_records(cursor: Cursor, projections: Sequence[str]) -> dict[str, dict[str, int]]:
    """For each projection named that has events set aside, the records concerned and the first
    such event's position (their later events wait behind it); in one query for them all."""
    marks = ", ".join("?" for _ in projections)
    cursor.execute(
        f"SELECT projection, record_id, MIN(position) AS position FROM {SET_ASIDE_TABLE}"
        f" WHERE projection IN ({marks}) GROUP BY projection, record_id",
        tuple(projections),
    )
    held: dict[str, dict[str, int]] = {}
    for row in cursor.fetchall():
        held.setdefault(row["projection"], {})[row["record_id"]] = int(row["position"])
    return held


def set_aside(cursor: Cursor, entry: SetAsideEvent) -> SetAsideEvent:
    """Records that a projection did not apply an event (or, set aside again by a retry, why it
    still does not), and logs it; answers `entry`."""
    cursor.execute(
        f"INSERT INTO {SET_ASIDE_TABLE} (projection, position, record_id, version, topic,"
        " company_id, error_class, error, set_aside_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (projection, position) DO UPDATE SET error_class = excluded.error_class,"
        " error = excluded.error, set_aside_at = excluded.set_aside_at",
        astuple(entry),
    )
    log.error(
        "projection %s set aside the event at position %d (record %s): %s: %s",
        entry.projection,
        entry.position,
        entry.record_id,
        entry.error_class,
        entry.error,
    )
    return entry


def still_set_aside(cursor: Cursor, projection: str, position: int) -> bool:
    """Whether the event is still set aside for the projection (a rebuild may have cleared it)."""
    cursor.execute(
        f"SELECT 1 AS found FROM {SET_ASIDE_TABLE} WHERE projection = ? AND position = ?",
        (projection, position),
    )
    return cursor.fetchone() is not None


def forget(cursor: Cursor, projection: str, position: int) -> None:
    """Removes an event from the set-aside ones: it was applied."""
    cursor.execute(
        f"DELETE FROM {SET_ASIDE_TABLE} WHERE projection = ? AND position = ?",
        (projection, position),
    )


def forget_projection(cursor: Cursor, projection: str) -> None:
    """Removes every event set aside for a projection that re-applies them all (a rebuild)."""
    cursor.execute(f"DELETE FROM {SET_ASIDE_TABLE} WHERE projection = ?", (projection,))
