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


class FilterTooLargeError(ValueError):
    """Raised when a filter is over one of the size limits below."""


MAX_FILTER_NODES = 200
"""Nodes of one filter: each condition, each filter object and each of its and/or/not lists."""
MAX_FILTER_DEPTH = 12
"""Nodes nested in one another (a filter object and its `and` list are two)."""
MAX_IN_VALUES = 200
"""Values of one `in` list."""


_COMPARISONS = {"eq": "=", "ne": "<>", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def check_size(filter_: Filter | None) -> None:
    """Raises FilterTooLargeError when a client's filter is over a size limit (before any
    database parses it); walks no more than the limits allow, without recursion."""
    pending: list[tuple[Filter, int]] = [(filter_, 1)] if filter_ is not None else []
    nodes = 0
    while pending:
        node, depth = pending.pop()
        nodes += 1
        if nodes > MAX_FILTER_NODES:
            raise FilterTooLargeError(
                f"a filter may have at most {MAX_FILTER_NODES} parts (conditions, and/or/not lists)"
            )
        if depth > MAX_FILTER_DEPTH:
            raise FilterTooLargeError(f"a filter may nest at most {MAX_FILTER_DEPTH} levels")
        if isinstance(node, AllOf | AnyOf):
            pending.extend((part, depth + 1) for part in node.parts)
        elif isinstance(node, NoneOf):
            pending.append((node.part, depth + 1))
        elif node.op == "in" and len(node.value) > MAX_IN_VALUES:
            raise FilterTooLargeError(f"an `in` list may have at most {MAX_IN_VALUES} values")


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
