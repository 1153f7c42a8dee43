"""A record as it was at a moment: its aggregate rebuilt from its stored events up to then.

The auditor's point-in-time view (DESIGN.md §5, `asOf`). Like the history, it reads the event
store, not a read model, so it works for every record type, the ones without a read model too.
Only records of the business are shown: API tokens, sessions, credentials (their state is a
secret's digest or a password's hash), sign-in gates and the write side's own bookkeeping
(idempotency records) are answered as if they did not exist; and no record's secret fields
(`cronica.domain.secret_fields`) are shown in its state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import EventStore

from cronica.domain.base import CronicaAggregate
from cronica.domain.credential import Credential
from cronica.domain.record_rules import RecordRule
from cronica.domain.secret_fields import without_secrets
from cronica.domain.session import Session
from cronica.domain.sign_in_gate import SignInGate
from cronica.domain.user import ApiToken
from cronica.projections.records.history import HistoryEntry, entry_of, events_upto
from cronica.projections.records.json_values import json_ready

_BUSINESS_MODULES = "cronica.domain."
_HIDDEN_TYPES: frozenset[type[CronicaAggregate]] = frozenset(
    {ApiToken, Session, Credential, SignInGate}
)


@dataclass(frozen=True)
class RecordSnapshot:
    """A record's type (`Incident`), version and attributes as JSON-ready values at `as_of`
    (None: now), and its events up to that version; and what the access rules need to know of
    it as it is now (who reads it follows its latest unit and people, not those of `as_of`)."""

    id: str
    type: str
    version: int
    as_of: datetime | None
    state: dict[str, Any]
    history: list[HistoryEntry]
    rule: RecordRule
    unit_id: UUID
    people: frozenset[UUID]


def snapshot_of(
    events: EventStore[Any], record_id: UUID, company_id: str, *, upto: datetime | None = None
) -> RecordSnapshot | None:
    """The record rebuilt from its events up to and including `upto` (aware; None: all of
    them); None if it did not exist yet, is another company's, or is not a business record."""
    record: Any = None
    # One read gives both the state and its history, so the history is exactly that state's.
    every = events_upto(events, record_id, None)
    stored = [event for event in every if upto is None or event.timestamp <= upto]
    for event in stored:
        record = event.mutate(record)
    if not _shown(record) or str(record.company_id) != company_id:
        return None
    then = (record.version, state_of(record))
    for event in every[len(stored) :]:
        record = event.mutate(record)
    return RecordSnapshot(
        id=str(record.id),
        type=type(record).__name__,
        version=then[0],
        as_of=upto,
        state=then[1],
        history=[entry_of(event) for event in stored],
        rule=record.access_rule,
        unit_id=record.unit_id,
        people=record.people,
    )


def state_of(record: CronicaAggregate) -> dict[str, Any]:
    """The record's public attributes (and when it was created and last modified) as
    JSON-ready values."""
    attributes = {name: value for name, value in vars(record).items() if not name.startswith("_")}
    attributes.update(created_on=record.created_on, modified_on=record.modified_on)
    shown = without_secrets(attributes)
    return {name: json_ready(value) for name, value in sorted(shown.items())}


def _shown(record: Any) -> bool:
    return (
        isinstance(record, CronicaAggregate)
        and type(record).__module__.startswith(_BUSINESS_MODULES)
        and type(record) not in _HIDDEN_TYPES
    )
