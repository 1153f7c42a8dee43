"""Typed filters over read-model tables, compiled to a portable SQL WHERE clause.

GraphQL turns its `filter` inputs into these; only columns a query function allows can be named,
and values always travel as parameters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Operator = Literal["eq", "ne", "in", "gt", "gte", "lt", "lte", "is_null", "contains"]


@dataclass(frozen=True)
class Condition:
    """`field op value`, e.g. Condition("status", "in", ["open"])."""

    field: str
    op: Operator
    value: Any


@dataclass(frozen=True)
class AllOf:
    parts: Sequence[Filter]


@dataclass(frozen=True)
class AnyOf:
    parts: Sequence[Filter]


@dataclass(frozen=True)
class NoneOf:
    part: Filter


Filter = Condition | AllOf | AnyOf | NoneOf


class UnknownFilterFieldError(ValueError):
    """Raised when a filter names a field the query does not allow."""


_COMPARISONS = {"eq": "=", "ne": "<>", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def compile_filter(filter_: Filter | None, columns: Mapping[str, str]) -> tuple[str, list[Any]]:
    """SQL (without WHERE) and parameters; `columns` maps filter field names to SQL columns."""
    if filter_ is None:
        return "1=1", []
    if isinstance(filter_, AllOf | AnyOf):
        if not filter_.parts:
            return "1=1", []
        compiled = [compile_filter(part, columns) for part in filter_.parts]
        joiner = " AND " if isinstance(filter_, AllOf) else " OR "
        sql = joiner.join(f"({part_sql})" for part_sql, _ in compiled)
        return sql, [param for _, params in compiled for param in params]
    if isinstance(filter_, NoneOf):
        sql, params = compile_filter(filter_.part, columns)
        # "Does not match" includes rows whose column is empty: NOT (x = ?) alone is NULL there.
        return f"({sql}) IS NOT TRUE", params
    return _compile_condition(filter_, columns)


def _compile_condition(condition: Condition, columns: Mapping[str, str]) -> tuple[str, list[Any]]:
    column = columns.get(condition.field)
    if column is None:
        raise UnknownFilterFieldError(f"cannot filter on {condition.field!r}")
    if condition.op == "in":
        values = list(condition.value)
        if not values:
            return "1=0", []
        return f"{column} IN ({', '.join('?' * len(values))})", values
    if condition.op == "is_null":
        return (f"{column} IS NULL" if condition.value else f"{column} IS NOT NULL"), []
    if condition.op == "contains":
        return f"LOWER({column}) LIKE ?", [f"%{str(condition.value).lower()}%"]
    return f"{column} {_COMPARISONS[condition.op]} ?", [condition.value]
