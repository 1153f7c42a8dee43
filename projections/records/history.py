"""The history of one record: its stored events, read straight from the event store.

This is the auditor's view (who changed what, when, in which request), shared by the GraphQL
`history` field and the `cronica history` command. It reads events, not a read model, so it is
always complete and never behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import EventStore

from cronica.domain.event_data import event_data
from cronica.projections.records.json_values import json_ready


@dataclass(frozen=True)
class HistoryEntry:
    """One event of a record: its type (`Incident.Assigned`), the record's version after it,
    when (ISO-8601 UTC), who, in which request, and its data as JSON-ready values."""

    type: str
    version: int
    time: str
    actor_id: str
    correlation_id: str
    data: dict[str, Any]


def history_of(
    events: EventStore[Any], record_id: UUID, *, upto: datetime | None = None
) -> list[HistoryEntry]:
    """Every event of the record in order, or those up to and including `upto` (aware)."""
    return [entry_of(event) for event in events_upto(events, record_id, upto)]


def kind_of(events: EventStore[Any], record_id: UUID) -> str | None:
    """The kind of record stored under the id, as its class is named (`Incident`), from its
    first event alone; None if nothing is stored under it."""
    first = next(iter(events.get(record_id, limit=1)), None)
    return type(first).__qualname__.partition(".")[0] if first is not None else None


def events_upto(events: EventStore[Any], record_id: UUID, upto: datetime | None) -> list[Any]:
    """The record's stored events in order, those up to and including `upto` (aware; None: all
    of them)."""
    kept = []
    stored: Iterable[Any] = events.get(record_id)  # Cronica events: they carry actor and request
    for event in stored:
        if upto is not None and event.timestamp > upto:
            break  # a record's events are stored in time order
        kept.append(event)
    return kept


def entry_of(event: Any) -> HistoryEntry:
    """The history's entry for one stored event."""
    return HistoryEntry(
        type=type(event).__qualname__,
        version=event.originator_version,
        time=event.timestamp.isoformat(),
        actor_id=event.actor_id,
        correlation_id=event.correlation_id,
        data={key: json_ready(value) for key, value in event_data(event).items()},
    )
