"""The rules of commands/models/base.py in the form the JSON schema states them, declared once for
the check and the document alike: the patterns of text, the days and times a command may name,
and decimal numbers. Patterns use the syntax JSON Schema (ECMA-262), pydantic and Python share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from email_validator import SPECIAL_USE_DOMAIN_NAMES
from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import CoreSchema, core_schema

CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""Control characters no text may hold (NUL among them: PostgreSQL refuses it), C1 ones too; tabs
and line breaks are left to the single-line rule."""
LINE_BREAKS = r"\n\r\u2028\u2029"
"""What breaks a line: line feeds, carriage returns and Unicode's line and paragraph separators."""
TEXT_PATTERN = f"^[^{CONTROLS}]*$"
LINE_PATTERN = f"^[^{CONTROLS}{LINE_BREAKS}]*$"
"""The patterns of multi-line and of single-line text; a field with a stricter pattern of its own
(a code, a digest) states that one."""

EARLIEST_DAY, LATEST_DAY = date(1, 1, 2), date(9998, 12, 31)
"""The days a command may name: a projection may add a day or an offset to any of them without
leaving the years a database and Python can hold. A time falls a day further inside, in its own
zone, so that it is within them in UTC too (an offset is less than a day)."""
EARLIEST_TIME_DAY, LATEST_TIME_DAY = EARLIEST_DAY + timedelta(1), LATEST_DAY - timedelta(1)
_DAY_PATTERN = r"^(?!0000|0001-01-01|9999)"
_TIME_PATTERN = r"^(?!0000|0001-01-0[12]|9998-12-31|9999)"
"""What the day ranges above say of a valid date and date-time (RFC 3339): what they begin with."""


def _any_case(name: str) -> str:
    """`name` matched in any case (ECMA-262 patterns take no inline flags)."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in name)


EMAIL_PATTERN = r"^(?!.*@(?:.*\.)?(?:" + "|".join(map(_any_case, SPECIAL_USE_DOMAIN_NAMES)) + r")$)"
"""What an e-mail address's format does not say but the check of addresses refuses: a domain
of special use (`.test`, `.local`...), which no mail reaches."""


def state_days(schema: dict[str, Any]) -> None:
    """Adds the day ranges to every date and date-time of a model's JSON schema, its properties'
    nullable branches, lists and maps included."""
    for inner in (
        *schema.get("anyOf", []),
        *schema.get("properties", {}).values(),
        *(
            schema[key]
            for key in ("items", "additionalProperties")
            if isinstance(schema.get(key), dict)
        ),
    ):
        state_days(inner)
    pattern = {"date": _DAY_PATTERN, "date-time": _TIME_PATTERN}.get(schema.get("format", ""))
    if pattern and schema.get("type") == "string":
        schema["pattern"] = pattern


@dataclass(frozen=True)
class DecimalForm:
    """A decimal number of at most `digits` digits, `places` of them after the point, at least 0
    (more than 0 when `positive`): a JSON number that is a multiple of its smallest step, or a
    string of its digits. Refused otherwise, as the JSON schema states."""

    digits: int
    places: int
    positive: bool = False

    @property
    def pattern(self) -> str:
        whole = self.digits - self.places
        return rf"^[0-9]{{1,{whole}}}(\.[0-9]{{1,{self.places}}})?$"

    def _checked(self, value: Any) -> Any:
        if isinstance(value, str) and re.fullmatch(self.pattern, value) is None:
            raise ValueError(f"must be a decimal number of at most {self.places} decimals")
        return value

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        number = core_schema.decimal_schema(
            max_digits=self.digits,
            decimal_places=self.places,
            allow_inf_nan=False,
            gt=Decimal(0) if self.positive else None,
            ge=None if self.positive else Decimal(0),
        )
        return core_schema.no_info_before_validator_function(self._checked, number)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        step = Decimal(10) ** -self.places
        largest = Decimal(10) ** (self.digits - self.places) - step
        minimum = {"exclusiveMinimum": 0} if self.positive else {"minimum": 0}
        number = {"type": "number", **minimum, "maximum": float(largest), "multipleOf": float(step)}
        return {"anyOf": [number, {"type": "string", "pattern": self.pattern}]}
