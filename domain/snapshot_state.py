"""A record's state as its snapshot stores it: plain JSON values, each one that JSON cannot hold
(enum members, dates, ids, sets, tuples, frozen value objects) wrapped with its kind, so that the
record loaded from a snapshot is equal, field for field and type for type, to the record replayed.

The store's JSON transcoder cannot do this with registered transcodings alone: it writes an enum of
`StrEnum` as its bare string (a str subclass never reaches a transcoding) and tuples as lists.

Class changes follow the rule of events:
- a field added to a value object must have a default (an old snapshot lacks it), one removed
  is dropped;
- a field added to, renamed in or removed from a record's class raises the record's
  `class_version` and adds the static `upcast_vN_vN+1(state)` that turns the state of version N
  into that of N + 1 (the library applies it to snapshots taken before; events keep their own
  `class_version`).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from eventsourcing.domain import get_topic, resolve_topic

KIND = "_kind_"


class SnapshotStateError(Exception):
    """Raised when a record holds a value of a type its snapshot cannot store."""


def to_snapshot(value: Any) -> Any:
    """The value as JSON can hold it, every non-JSON part wrapped with its kind."""
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, Enum):
        return {KIND: "enum", "topic": get_topic(type(value)), "value": value.value}
    if isinstance(value, datetime):
        return {KIND: "datetime", "value": value.isoformat()}
    if isinstance(value, date):
        return {KIND: "date", "value": value.isoformat()}
    if isinstance(value, time):
        return {KIND: "time", "value": value.isoformat()}
    if isinstance(value, UUID):
        return {KIND: "uuid", "value": value.hex}
    if isinstance(value, Decimal):
        return {KIND: "decimal", "value": str(value)}
    if type(value) is list:
        return [to_snapshot(item) for item in value]
    if type(value) in (tuple, frozenset, set):
        # Sets are written sorted by their stored form, so equal states give equal snapshots.
        items = [to_snapshot(item) for item in value]
        if type(value) is not tuple:
            items.sort(key=repr)
        return {KIND: type(value).__name__, "items": items}
    if type(value) is dict:
        return {KIND: "dict", "pairs": [[to_snapshot(k), to_snapshot(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: to_snapshot(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {KIND: "value", "topic": get_topic(type(value)), "fields": fields}
    raise SnapshotStateError(f"a snapshot cannot store a {type(value).__qualname__}")


def from_snapshot(stored: Any) -> Any:
    """The value `to_snapshot` was given."""
    if isinstance(stored, list):
        return [from_snapshot(item) for item in stored]
    if not isinstance(stored, dict):
        return stored
    kind = stored[KIND]
    if kind == "enum":
        return resolve_topic(stored["topic"])(stored["value"])
    if kind == "datetime":
        return datetime.fromisoformat(stored["value"])
    if kind == "date":
        return date.fromisoformat(stored["value"])
    if kind == "time":
        return time.fromisoformat(stored["value"])
    if kind == "uuid":
        return UUID(stored["value"])
    if kind == "decimal":
        return Decimal(stored["value"])
    if kind in ("tuple", "frozenset", "set"):
        collection = {"tuple": tuple, "frozenset": frozenset, "set": set}[kind]
        return collection(from_snapshot(item) for item in stored["items"])
    if kind == "dict":
        return {from_snapshot(k): from_snapshot(v) for k, v in stored["pairs"]}
    value_class = resolve_topic(stored["topic"])
    # A field since removed from the value object is dropped; one since added takes its default.
    known = {f.name for f in dataclasses.fields(value_class)}
    fields = {name: from_snapshot(item) for name, item in stored["fields"].items() if name in known}
    return value_class(**fields)
