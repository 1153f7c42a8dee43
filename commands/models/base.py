"""What every command body shares: JSON in camelCase, unknown fields refused, and only values every
read model, export and client can hold; common field types."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.alias_generators import to_camel

Text = Annotated[str, Field(min_length=1, max_length=10_000)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Notes = Annotated[str, Field(max_length=10_000)]
"""Notes may be emptied: an empty text is no notes."""


EARLIEST_DAY, LATEST_DAY = date(1, 1, 2), date(9998, 12, 31)
"""The days a command may name, in its own time zone and in UTC: a projection may add a day or
an offset to any of them without leaving the years a database and Python can hold."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters no text may hold (NUL among them: PostgreSQL refuses it); tabs and line
breaks stay allowed."""


class CommandModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )

    @field_validator("*")
    @classmethod
    def _holdable(cls, value: Any) -> Any:
        """Refuses, in any field of any command, what no read model could hold."""
        _require_holdable(value)
        return value


def _require_holdable(value: Any) -> None:
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    if isinstance(value, datetime):
        _require_day(value.date())
        if value.tzinfo is not None:
            try:
                _require_day(value.astimezone(UTC).date())
            except OverflowError as error:
                raise ValueError("is outside the years a time can be held in") from error
    elif isinstance(value, date):
        _require_day(value)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _require_holdable(item)
    elif isinstance(value, BaseModel):
        for item in value.__dict__.values():
            _require_holdable(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _require_holdable(key)
            _require_holdable(item)


def _require_day(day: date) -> None:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(f"must fall between {EARLIEST_DAY} and {LATEST_DAY}")
