"""Values of events and records as JSON holds them: what the history and the point-in-time reads
answer."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from enum import Enum
from typing import Any
from uuid import UUID


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
