"""What every command body shares: JSON in camelCase, unknown fields refused, and only values every
read model, export and client can hold. One place states these rules for every command model:

- text holds no control character (NUL among them: PostgreSQL refuses it; C1 controls too) and
  no lone surrogate (`"\\ud800"`: no UTF-8 text holds one); tabs and line breaks only where the
  text is multi-line;
- text is a single line (`Line`, and `Name` and every other short text built on it) unless its
  type is multi-line (`Text`, `Notes`, `LongText`: descriptions, notes, comments, bodies); the
  JSON schema marks multi-line text with `"x-multiline": true`; both rules are the text's
  `pattern` in the JSON schema (but for lone surrogates, which a pattern cannot name);
- whole numbers fit in 64 bits (what SQLite's INTEGER and PostgreSQL's BIGINT hold), other
  numbers are finite, and a decimal number has at most 18 digits, at most 6 of them decimals;
- days fall between 0001-01-02 and 9998-12-31, and times too, both in their own zone and in UTC.

Command models build their fields on the types below; `CommandModel` checks every value of every
field, nested models and lists included, whatever its type.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.alias_generators import to_camel

_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""Control characters no text may hold (NUL among them: PostgreSQL refuses it), C1 ones too; tabs
and line breaks are left to the single-line rule."""
_LINE_BREAKS = r"\n\r\u2028\u2029"
"""What breaks a line: line feeds, carriage returns and Unicode's line and paragraph separators."""

TEXT_PATTERN = f"^[^{_CONTROLS}]*$"
LINE_PATTERN = f"^[^{_CONTROLS}{_LINE_BREAKS}]*$"
"""The patterns of multi-line and of single-line text, in the syntax JSON Schema, pydantic and
Python share; a field with a stricter pattern of its own (a code, a digest) states that one."""

Line = Annotated[str, Field(pattern=LINE_PATTERN)]
"""Text of one line: a name, a title, a subject, a code, a phone number."""

Name = Annotated[Line, Field(min_length=1, max_length=200)]

MULTI_LINE: dict[str, Any] = {"x-multiline": True}
"""How the JSON schema marks text that may hold line breaks."""

Text = Annotated[
    str,
    Field(min_length=1, max_length=10_000, pattern=TEXT_PATTERN, json_schema_extra=MULTI_LINE),
]
"""Multi-line text: a description, a comment, a reason."""

Notes = Annotated[str, Field(max_length=10_000, pattern=TEXT_PATTERN, json_schema_extra=MULTI_LINE)]
"""Multi-line notes, which may be emptied: an empty text is no notes."""

LongText = Annotated[
    str,
    Field(min_length=1, max_length=100_000, pattern=TEXT_PATTERN, json_schema_extra=MULTI_LINE),
]
"""Multi-line text of a length a letter may have: an e-mail's body."""


EARLIEST_DAY, LATEST_DAY = date(1, 1, 2), date(9998, 12, 31)
"""The days a command may name, in its own time zone and in UTC: a projection may add a day or
an offset to any of them without leaving the years a database and Python can hold."""

_UNHOLDABLE = re.compile(f"[{_CONTROLS}\\ud800-\\udfff]")
"""What no text of any field may hold, whatever its pattern: the control characters, and
surrogates, which JSON may escape one by one but UTF-8 cannot encode."""

LARGEST_WHOLE = 2**63 - 1
"""The largest whole number a command may give: a signed 64-bit integer's."""

DECIMAL_DIGITS, DECIMAL_PLACES = 18, 6
"""How many digits a decimal number may have in all, and after the point."""


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
    if isinstance(value, str) and _UNHOLDABLE.search(value):
        raise ValueError("must not contain control characters or lone surrogates")
    if isinstance(value, bool):
        return
    if isinstance(value, int | float | Decimal):
        _require_number(value)
    elif isinstance(value, datetime):
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


def _require_number(value: int | float | Decimal) -> None:
    if isinstance(value, int):
        if not -LARGEST_WHOLE - 1 <= value <= LARGEST_WHOLE:
            raise ValueError("must be a whole number that fits in 64 bits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("must be a finite number")
    elif not value.is_finite():
        raise ValueError("must be a finite number")
    elif (digits := _digits(value))[0] > DECIMAL_DIGITS or digits[1] > DECIMAL_PLACES:
        raise ValueError(
            f"must have at most {DECIMAL_DIGITS} digits, {DECIMAL_PLACES} after the point"
        )


def _digits(value: Decimal) -> tuple[int, int]:
    """How many digits a finite decimal number needs in all, and after the point (without
    trailing zeros, which `normalize` would strip but may overflow doing it)."""
    if value.is_zero():
        return 1, 0
    _, digits, exponent = value.as_tuple()
    kept = len(digits)
    exponent = int(exponent)
    while digits[kept - 1] == 0:
        kept, exponent = kept - 1, exponent + 1
    return kept + max(exponent, 0), max(-exponent, 0)


def _require_day(day: date) -> None:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(f"must fall between {EARLIEST_DAY} and {LATEST_DAY}")
