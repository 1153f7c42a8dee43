"""A record's filter input and order input, derived from the columns its read model declares
(`projections.columns`): every filterable column becomes a field of the filter input (with the
filter of its kind), every orderable one a value of the order enum.

    @row_filter(TaskRow, description="Which tasks to list: every field given must match.")
    class TaskFilter(RowFilter):
        tag: TagFilter | None = None  # a field of its own, beside the derived ones

    @row_order(TaskRow)
    class TaskOrder(RowOrder):
        pass
"""

import inspect
from collections.abc import Callable
from enum import Enum
from typing import Any, ClassVar, TypeVar

import strawberry

from cronica.graphql.enums import graphql_enum
from cronica.graphql.field_filters import (
    BoolFilter,
    DateFilter,
    DateTimeFilter,
    EnumFilter,
    FieldFilter,
    FloatFilter,
    IdFilter,
    IntFilter,
    StringFilter,
    combined,
)
from cronica.projections.columns import Column, FilterKind, camel_case, columns_of, snake_case
from cronica.projections.filtering import Filter, check_size


@strawberry.enum
class OrderDirection(Enum):
    ASC = "asc"
    DESC = "desc"


_FIELD_FILTERS: dict[FilterKind, type] = {
    "id": IdFilter,
    "text": StringFilter,
    "time": DateTimeFilter,
    "date": DateFilter,
    "int": IntFilter,
    "float": FloatFilter,
    "bool": BoolFilter,
}


class RowFilter:
    """A filter input: its fields (derived and declared) and its `and`/`or`/`not` lists."""

    filter_fields: ClassVar[dict[str, str]]
    """The attribute of each field, keyed by the listing's filter field name."""

    def to_filter(self) -> Filter:
        """The read side's filter; refused (FilterTooLargeError) over the size limits of
        `projections.filtering`, before any SQL."""
        fields: dict[str, FieldFilter | None] = {
            name: getattr(self, attribute) for name, attribute in self.filter_fields.items()
        }
        filter_ = combined(fields, *(getattr(self, part) for part in ("and_", "or_", "not_")))
        check_size(filter_)  # at every level of a nested filter: each stops at the limits
        return filter_


class RowOrder:
    """One sort key of a list: a field of its order enum and a direction."""

    field: Any
    direction: OrderDirection

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as the listing takes it."""
        return self.field.value, self.direction is OrderDirection.DESC


F = TypeVar("F", bound=type[RowFilter])
O = TypeVar("O", bound=type[RowOrder])  # noqa: E741


def row_filter(row_type: type, *, description: str) -> Callable[[F], F]:
    """Makes the class a strawberry input with a field per filterable column of `row_type`."""

    def derive(cls: F) -> F:
        annotations = dict(inspect.get_annotations(cls))
        filter_fields = {camel_case(name): name for name in annotations if name not in _NESTING}
        for column in columns_of(row_type):
            if column.filter is not None:
                attribute = snake_case(column.api_name)
                annotations[attribute] = _field_filter(column) | None
                setattr(
                    cls, attribute, strawberry.field(default=None, description=column.description)
                )
                filter_fields[column.api_name] = attribute
        for part, graphql_name, meaning in _NESTING_FIELDS:
            annotations[part] = list[cls] | None  # type: ignore[valid-type]
            setattr(
                cls, part, strawberry.field(name=graphql_name, default=None, description=meaning)
            )
        cls.__annotations__ = annotations
        cls.filter_fields = filter_fields
        return strawberry.input(cls, description=description)

    return derive


def row_order(
    row_type: type, *, description: str = "One sort key; several are applied in the order given."
) -> Callable[[O], O]:
    """Makes the class a strawberry input whose `field` is an enum of the orderable columns of
    `row_type` (named `<Class>Field`) and whose `direction` is ascending by default."""

    def derive(cls: O) -> O:
        members = {
            snake_case(c.api_name).upper(): strawberry.enum_value(
                c.api_name, description=c.order_description
            )
            for c in columns_of(row_type)
            if c.order_expression
        }
        field_enum: Any = strawberry.enum(Enum(f"{cls.__name__}Field", members))  # type: ignore[call-overload]
        cls.__annotations__ = {"field": field_enum, "direction": OrderDirection}
        cls.direction = OrderDirection.ASC
        return strawberry.input(cls, description=description)

    return derive


def _field_filter(column: Column) -> Any:
    if column.filter == "enum":
        assert column.enum is not None, f"{column.name}: an enum filter names its enum"
        return EnumFilter[graphql_enum(column.enum)]  # type: ignore[misc]
    return _FIELD_FILTERS[column.filter]  # type: ignore[index]


_NESTING_FIELDS = (
    ("and_", "and", "Every one of these must match."),
    ("or_", "or", "At least one of these must match."),
    ("not_", "not", "None of these may match."),
)
_NESTING = {part for part, _, _ in _NESTING_FIELDS}
