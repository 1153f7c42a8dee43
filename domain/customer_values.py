"""The values a customer is made of: its kind, its contacts, addresses and scored valuations, its
activity codes, and the values of its custom fields."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, TypedDict
from uuid import UUID

from cronica.domain.catalogue_values import Entry, ValueType
from cronica.domain.enum_spelling import spelled_by_value
from cronica.domain.errors import (
    InvalidActivityCodeError,
    InvalidAddressError,
    InvalidCustomFieldValueError,
    InvalidScoreError,
)
from cronica.domain.event_values import ValuesOf

CustomValue = str | int | float | bool
"""What a custom field holds: one JSON scalar."""

_ACTIVITY_CODE = re.compile(r"(\d{2})\.?(\d{2})")
_COUNTRY = re.compile(r"[A-Z]{2}")
# Five digits, the first two a province: 01 (Álava) to 52 (Melilla).
_SPANISH_POSTAL_CODE = re.compile(r"(0[1-9]|[1-4]\d|5[0-2])\d{3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@spelled_by_value
class CustomerKind(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class CustomerContact:
    """A person at the customer, with their position (cargo)."""

    id: UUID
    name: str
    position: str | None
    phone: str | None
    email: str | None


class AddressKind(StrEnum):
    BILLING = "billing"
    DELIVERY = "delivery"
    VISIT = "visit"
    OTHER = "other"


class AddressData(TypedDict):
    """An address as the events hold it."""

    kind: Annotated[str, ValuesOf(AddressKind)]
    street: str
    city: str
    postal_code: str | None
    province: str | None
    country: str
    label: str | None


@dataclass(frozen=True)
class Address:
    """One of the customer's addresses. The country is an ISO 3166 two-letter code; a Spanish
    postal code must name a province. The kind may be given by its value ("billing")."""

    kind: AddressKind
    street: str
    city: str
    postal_code: str | None = None
    province: str | None = None
    country: str = "ES"
    label: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", AddressKind(self.kind))
        if not _COUNTRY.fullmatch(self.country):
            raise InvalidAddressError(f"{self.country!r} is not a two-letter country code")
        code = self.postal_code
        if self.country == "ES" and code is not None and not _SPANISH_POSTAL_CODE.fullmatch(code):
            raise InvalidAddressError(f"{code!r} is not a Spanish postal code (01000 to 52999)")

    def to_event_data(self) -> AddressData:
        return {
            "kind": self.kind.value,
            "street": self.street,
            "city": self.city,
            "postal_code": self.postal_code,
            "province": self.province,
            "country": self.country,
            "label": self.label,
        }

    @classmethod
    def from_event_data(cls, data: AddressData) -> Address:
        return cls(
            kind=AddressKind(data["kind"]),
            street=data["street"],
            city=data["city"],
            postal_code=data["postal_code"],
            province=data["province"],
            country=data["country"],
            label=data["label"],
        )


class ValuationKind(StrEnum):
    ECONOMIC = "economic"
    COMMERCIAL = "commercial"
    STRATEGIC = "strategic"
    OTHER = "other"


@dataclass(frozen=True)
class Valuation:
    """A commercial valuation of the customer: a score from 0 (worst) to 100 (best), and a note.
    The kind may be given by its value ("economic")."""

    kind: ValuationKind
    score: int
    note: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ValuationKind(self.kind))
        score: object = self.score
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100:
            raise InvalidScoreError(f"a valuation scores from 0 to 100, not {score!r}")


def activity_code(code: str | None, coding: str) -> str | None:
    """A SIC or CNAE code (`coding` names which) as its four digits: "45.11" is "4511"."""
    if code is None:
        return None
    match = _ACTIVITY_CODE.fullmatch(code.strip())
    if match is None:
        raise InvalidActivityCodeError(
            f"{code!r} is not a {coding} code like 4511 or 45.11", field=f"{coding.lower()}_code"
        )
    return match.group(1) + match.group(2)


def _is_number(value: CustomValue) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_date(value: CustomValue) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


_SUITS: dict[ValueType, Callable[[CustomValue, Entry], bool]] = {
    ValueType.TEXT: lambda value, _: isinstance(value, str) and bool(value.strip()),
    ValueType.NUMBER: lambda value, _: _is_number(value),
    ValueType.DATE: lambda value, _: _is_date(value),
    ValueType.BOOLEAN: lambda value, _: isinstance(value, bool),
    ValueType.CHOICE: lambda value, field: isinstance(value, str) and value in field.choices,
}


def require_custom_value(field: Entry, value: CustomValue) -> None:
    """Refuses a value that does not suit the field's definition: text not blank, a finite
    number, an ISO date (YYYY-MM-DD), true or false, or one of the field's choices."""
    value_type = field.value_type or ValueType.TEXT
    if not _SUITS[value_type](value, field):
        raise InvalidCustomFieldValueError(
            f"custom field {field.code!r} holds a {value_type}, not {value!r}"
        )
