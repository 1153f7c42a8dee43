"""Per-field filter inputs (one per kind of value) and how a record's filter input, with its
`and`/`or`/`not`, becomes the read side's `projections.filtering` conditions (so values always
travel as SQL parameters)."""

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar, cast

import strawberry

from cronica.projections.filtering import AllOf, AnyOf, Condition, Filter, NoneOf, Operator

E = TypeVar("E", bound=Enum)


def _conditions(field: str, operators: dict[str, Any]) -> list[Condition]:
    """One condition per operator given (null and absent operators are ignored)."""
    return [
        Condition(field, cast(Operator, op), _sql_value(value))
        for op, value in operators.items()
        if value is not None
    ]


def _sql_value(value: Any) -> Any:
    """Enums by their stored value; a time without an offset taken as UTC (the read side
    writes times as the rows hold them); a day as its ISO text."""
    if isinstance(value, list):
        return [_sql_value(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return value.isoformat()  # days are held as 'YYYY-MM-DD' text
    return value


@strawberry.input(description="Matches one value of an enumeration, or any of several.")
class EnumFilter(Generic[E]):
    eq: E | None = None
    in_: list[E] | None = strawberry.field(name="in", default=None)

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(field, {"eq": self.eq, "in": self.in_})


@strawberry.input(description="Matches an id, any of several ids, or (isNull) its absence.")
class IdFilter:
    eq: strawberry.ID | None = None
    in_: list[strawberry.ID] | None = strawberry.field(name="in", default=None)
    is_null: bool | None = None

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(field, {"eq": self.eq, "in": self.in_, "is_null": self.is_null})


@strawberry.input(description="Matches text exactly, any of several, or containing (any case).")
class StringFilter:
    eq: str | None = None
    in_: list[str] | None = strawberry.field(name="in", default=None)
    contains: str | None = None

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(field, {"eq": self.eq, "in": self.in_, "contains": self.contains})


@strawberry.input(description="Bounds a time; every bound given must hold.")
class DateTimeFilter:
    gte: datetime | None = None
    gt: datetime | None = None
    lte: datetime | None = None
    lt: datetime | None = None

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(field, {"gte": self.gte, "gt": self.gt, "lte": self.lte, "lt": self.lt})


@strawberry.input(description="Bounds a whole number; every bound given must hold.")
class IntFilter:
    eq: int | None = None
    gte: int | None = None
    gt: int | None = None
    lte: int | None = None
    lt: int | None = None

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(
            field, {"eq": self.eq, "gte": self.gte, "gt": self.gt, "lte": self.lte, "lt": self.lt}
        )


@strawberry.input(description="Bounds an amount; every bound given must hold.")
class FloatFilter:
    gte: float | None = None
    gt: float | None = None
    lte: float | None = None
    lt: float | None = None

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(field, {"gte": self.gte, "gt": self.gt, "lte": self.lte, "lt": self.lt})


@strawberry.input(description="Bounds a day; every bound given must hold.")
class DateFilter:
    eq: date | None = None
    gte: date | None = None
    gt: date | None = None
    lte: date | None = None
    lt: date | None = None
    is_null: bool | None = None

    def conditions(self, field: str) -> list[Condition]:
        bounds = {"eq": self.eq, "gte": self.gte, "gt": self.gt, "lte": self.lte, "lt": self.lt}
        return _conditions(field, {**bounds, "is_null": self.is_null})


@strawberry.input(description="Matches a yes/no value.")
class BoolFilter:
    eq: bool | None = None

    def conditions(self, field: str) -> list[Condition]:
        return _conditions(field, {"eq": self.eq})


class FieldFilter(Protocol):
    def conditions(self, field: str) -> list[Condition]: ...


class NestedFilter(Protocol):
    """A record's filter input, as it appears in the and/or/not lists of another."""

    def to_filter(self) -> Filter: ...


def combined(
    fields: Mapping[str, FieldFilter | None],
    and_: Sequence[NestedFilter] | None,
    or_: Sequence[NestedFilter] | None,
    not_: Sequence[NestedFilter] | None,
) -> Filter:
    """The conditions of `fields` (a filter input's per-field filters, keyed by the listing's
    filter field names) and of its `and`/`or`/`not` lists, all of which must hold."""
    parts: list[Filter] = [
        condition
        for name, operators in fields.items()
        if operators is not None
        for condition in operators.conditions(name)
    ]
    if and_:
        parts.append(AllOf([part.to_filter() for part in and_]))
    if or_:
        parts.append(AnyOf([part.to_filter() for part in or_]))
    if not_:
        parts.append(NoneOf(AnyOf([part.to_filter() for part in not_])))
    return AllOf(parts)
