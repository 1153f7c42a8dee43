"""A record as it was at a moment: its aggregate rebuilt from its stored events up to then.

The auditor's point-in-time view (DESIGN.md §5, `asOf`). Like the history, it reads the event
store, not a read model, so it works for every record type, the ones without a read model too.
Only records of the business are shown: API tokens (their state is a secret's digest) and the
write side's own bookkeeping (idempotency records) are answered as if they did not exist.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any
from uuid import UUID

from eventsourcing.persistence import EventStore

from cronica.domain.base import CronicaAggregate
from cronica.domain.user import ApiToken
from cronica.projections.history import HistoryEntry, history_of

_BUSINESS_MODULES = "cronica.domain."
_HIDDEN_TYPES: frozenset[type[CronicaAggregate]] = frozenset({ApiToken})


@dataclass(frozen=True)
class RecordSnapshot:
    """A record's type (`Incident`), version and attributes as JSON-ready values at `as_of`
    (None: now), and its events up to that version."""

    id: str
    type: str
    version: int
    as_of: datetime | None
    state: dict[str, Any]
    history: list[HistoryEntry]


def snapshot_of(
    events: EventStore[Any], record_id: UUID, company_id: str, *, upto: datetime | None = None
) -> RecordSnapshot | None:
    """The record rebuilt from its events up to and including `upto` (aware; None: all of
    them); None if it did not exist yet, is another company's, or is not a business record."""
    record: Any = None
    stored: Iterable[Any] = events.get(record_id)
    for event in stored:
        if upto is not None and event.timestamp > upto:
            break  # a record's events are stored in time order
        record = event.mutate(record)
    if not _shown(record) or str(record.company_id) != company_id:
        return None
    # Read again for the entries, but never past the version just rebuilt: a write landing
    # between the two reads must not show in the history of a state that lacks it.
    entries = [
        entry
        for entry in history_of(events, record_id, upto=upto)
        if entry.version <= record.version
    ]
    return RecordSnapshot(
        id=str(record.id),
        type=type(record).__name__,
        version=record.version,
        as_of=upto,
        state=state_of(record),
        history=entries,
    )


def state_of(record: CronicaAggregate) -> dict[str, Any]:
    """The record's public attributes (and when it was created and last modified) as
    JSON-ready values."""
    attributes = {name: value for name, value in vars(record).items() if not name.startswith("_")}
    attributes.update(created_on=record.created_on, modified_on=record.modified_on)
    return {name: json_ready(value) for name, value in sorted(attributes.items())}


def json_ready(value: Any) -> Any:
    """The value as JSON can hold it: ids, times and enums as text, value objects as objects,
    sets as sorted lists (so equal states serialise alike)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return json_ready(value.value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {field.name: json_ready(getattr(value, field.name)) for field in fields}
    if isinstance(value, dict):
        return {str(json_ready(key)): json_ready(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((json_ready(item) for item in value), key=repr)
    if isinstance(value, list | tuple):
        return [json_ready(item) for item in value]
    return str(value)  # a Decimal or another value with an exact text form


def _shown(record: Any) -> bool:
    return (
        isinstance(record, CronicaAggregate)
        and type(record).__module__.startswith(_BUSINESS_MODULES)
        and type(record) not in _HIDDEN_TYPES
    )
