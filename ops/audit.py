"""The auditor's view on the command line: a record's events, and the record as it was."""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError

from cronica.commands.application import CronicaApplication
from cronica.domain.user import User
from cronica.ops.event_store import open_event_store
from cronica.ops.settings import Settings
from cronica.projections.records.history import history_of


class UnknownRecordError(KeyError):
    """Raised when the auditor names a record id that has no events."""


def print_history(settings: Settings, record_id: str) -> int:
    application = open_event_store(settings)
    try:
        entries = history_of(application.events, _uuid(record_id))
        if not entries:
            raise UnknownRecordError(f"no record {record_id}")
        names = _actor_names(application, {entry.actor_id for entry in entries})
        for entry in entries:
            actor = names.get(entry.actor_id, entry.actor_id)
            data = json.dumps(entry.data, ensure_ascii=False, default=str)
            print(f"{entry.time}  v{entry.version:<3} {entry.type:<24} by {actor}  {data}")
        return 0
    finally:
        application.close()


def print_replay(settings: Settings, record_id: str, *, version: int | None, at: str | None) -> int:
    application = open_event_store(settings)
    try:
        ident = _uuid(record_id)
        if at is not None:
            version = _version_at(application, ident, _timestamp(at))
        try:
            record: Any = application.repository.get(ident, version=version)
        except AggregateNotFoundError:
            raise UnknownRecordError(f"no record {record_id} at that point") from None
        if version is not None and record.version != version:
            # The repository answers the last version for any higher one; an auditor asking for
            # a version that never was must not be shown another as if it were that one.
            raise UnknownRecordError(f"record {record_id} has no version {version}")
        print(json.dumps(record_state(record), indent=2, ensure_ascii=False, default=str))
        return 0
    finally:
        application.close()


def record_state(record: Any) -> dict[str, Any]:
    """A record's attributes as plain JSON-ready data, with its id, type and version first."""
    state: dict[str, Any] = {
        "id": str(record.id),
        "type": type(record).__name__,
        "version": record.version,
        "createdOn": record.created_on,
        "modifiedOn": record.modified_on,
    }
    for name, value in vars(record).items():
        if not name.startswith("_"):
            state[name] = _plain(value)
    return state


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | set | tuple):
        return [_plain(v) for v in value]
    return value


def _version_at(application: CronicaApplication, record_id: UUID, at: datetime) -> int:
    entries = history_of(application.events, record_id, upto=at)
    if not entries:
        raise UnknownRecordError(f"record {record_id} did not exist yet at {at.isoformat()}")
    return entries[-1].version


def _actor_names(application: CronicaApplication, actor_ids: set[str]) -> dict[str, str]:
    names = {}
    for actor_id in actor_ids:
        try:
            user = application.find(User, UUID(actor_id))
        except ValueError:  # not a user: a process such as system:cli
            continue
        if user is not None:
            names[actor_id] = f"{user.name} ({actor_id})"
    return names


def _uuid(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a record id (a UUID)") from None


def _timestamp(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone; add Z or +01:00")
    return parsed
