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
- days fall between 0001-01-02 and 9998-12-31, and times between 0001-01-03 and 9998-12-30 in
  their own zone (so within the days' range in UTC too).

The JSON schema states these rules (commands/models/stated_rules.py declares them for both).

Command models build their fields on the types below; `CommandModel` checks every value of every
field, nested models and lists included, whatever its type.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    GetJsonSchemaHandler,
    field_validator,
)
from pydantic.alias_generators import to_camel
from pydantic_core import CoreSchema

from cronica.commands.models.stated_rules import (
    CONTROLS,
    EARLIEST_DAY,
    EARLIEST_TIME_DAY,
    EMAIL_PATTERN,
    LATEST_DAY,
    LATEST_TIME_DAY,
    LINE_PATTERN,
    TEXT_PATTERN,
    state_days,
)

Line = Annotated[str, Field(pattern=LINE_PATTERN)]
"""Text of one line: a name, a title, a subject, a code, a phone number."""

Name = Annotated[Line, Field(min_length=1, max_length=200)]

Email = Annotated[EmailStr, Field(json_schema_extra={"pattern": EMAIL_PATTERN})]
"""An e-mail address a mail may reach."""

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


_UNHOLDABLE = re.compile(f"[{CONTROLS}\\ud800-\\udfff]")
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

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        """The model's JSON schema, with the days and times its fields may name."""
        stated: dict[str, Any] = handler(schema)
        state_days(handler.resolve_ref_schema(stated))
        return stated

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
        _require_day(value.date(), EARLIEST_TIME_DAY, LATEST_TIME_DAY)
    elif isinstance(value, date):
        _require_day(value, EARLIEST_DAY, LATEST_DAY)
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


def _require_day(day: date, earliest: date, latest: date) -> None:
    if not earliest <= day <= latest:
        raise ValueError(f"must fall between {earliest} and {latest}")
