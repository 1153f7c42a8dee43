"""The IncidentFilter input: per-field operators combined with and/or/not, turned into the
read side's `projections.filtering` conditions (so values always travel as SQL parameters)."""

from datetime import UTC, datetime
from enum import Enum
from typing import Any, Generic, TypeVar, cast

import strawberry

from cronica.graphql.types.incident import IncidentPriority, IncidentStatus
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
    writes times as the rows hold them)."""
    if isinstance(value, list):
        return [_sql_value(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
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


@strawberry.input(description="Which incidents to list: every field given must match.")
class IncidentFilter:
    and_: list["IncidentFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["IncidentFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["IncidentFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    status: EnumFilter[IncidentStatus] | None = None
    priority: EnumFilter[IncidentPriority] | None = None
    customer_id: IdFilter | None = None
    assignee_id: IdFilter | None = None
    opened_at: DateTimeFilter | None = None
    closed_at: DateTimeFilter | None = None
    number: StringFilter | None = None
    subject: StringFilter | None = None
    type: StringFilter | None = None

    def to_filter(self) -> Filter:
        fields = {
            "status": self.status,
            "priority": self.priority,
            "customerId": self.customer_id,
            "assigneeId": self.assignee_id,
            "openedAt": self.opened_at,
            "closedAt": self.closed_at,
            "number": self.number,
            "subject": self.subject,
            "type": self.type,
        }
        parts: list[Filter] = [
            condition
            for name, operators in fields.items()
            if operators is not None
            for condition in operators.conditions(name)
        ]
        if self.and_:
            parts.append(AllOf([part.to_filter() for part in self.and_]))
        if self.or_:
            parts.append(AnyOf([part.to_filter() for part in self.or_]))
        if self.not_:
            parts.append(NoneOf(AnyOf([part.to_filter() for part in self.not_])))
        return AllOf(parts)
