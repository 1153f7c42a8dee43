"""Keyset paging in SQL: a list's order as ORDER BY terms, the condition "after (or before)
this position" written over the same expressions, and the page read with both.

The condition compares each key with the expression the ORDER BY sorts by, so a text key is
compared under the collation it is sorted by. For a key that may be null, a null is greater
than any value (`NULLS LAST` ascending, `NULLS FIRST` descending: both databases say so).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cronica.projections.paging import (
    InvalidPositionError,
    OrderKey,
    OrderTerm,
    Page,
    Position,
    Scalar,
    UnknownOrderFieldError,
    Window,
    checked_text,
    order_terms,
)
from cronica.projections.store import Cursor, Row

Condition = tuple[str, list[Any]]
"""SQL and its parameters."""

_KEY = "listed_key_"
"""The name under which a page reads each key's value; no table has such a column."""


@dataclass(frozen=True)
class Ordering:
    """A list's order: its terms, the keys they sort by, and the id that breaks ties."""

    terms: tuple[OrderTerm, ...]
    keys: tuple[OrderKey, ...]
    id_expression: str = "id"

    @classmethod
    def of(
        cls,
        order_by: Sequence[OrderTerm],
        keys: Mapping[str, OrderKey],
        default: Sequence[OrderTerm],
        id_expression: str = "id",
    ) -> Ordering:
        terms = order_terms(order_by, default)
        for field, _ in terms:
            if field not in keys:
                raise UnknownOrderFieldError(f"cannot order by {field!r}")
        return cls(terms, tuple(keys[field] for field, _ in terms), id_expression)

    def clause(self, reverse: bool = False) -> str:
        """The ORDER BY terms (without the words), or those of the reverse order."""
        sql = []
        for key, (_, descending) in zip(self.keys, self.terms, strict=True):
            down = descending != reverse
            nulls = (" NULLS FIRST" if down else " NULLS LAST") if key.nullable else ""
            sql.append(f"{key.sorted_by} {'DESC' if down else 'ASC'}{nulls}")
        return ", ".join([*sql, f"{self.id_expression} {'DESC' if reverse else 'ASC'}"])

    def selected(self) -> str:
        """The keys' values, to add to a SELECT list: what `position` reads back."""
        return ", ".join(f"{key.sorted_by} AS {_KEY}{i}" for i, key in enumerate(self.keys))

    def selected_names(self) -> str:
        """The names `selected` gives the keys' values, for a query around it."""
        return ", ".join(f"{_KEY}{i}" for i in range(len(self.keys)))

    def position(self, row: Row) -> Position:
        """The position of a row read with `selected` (its key values are taken out of it)."""
        values = tuple(key.value(row.pop(f"{_KEY}{i}")) for i, key in enumerate(self.keys))
        return Position(self.terms, values, str(row["id"]))

    def checked(self, position: Position) -> Position:
        """`position` if it belongs to this order and could be a row's, else
        InvalidPositionError."""
        if position.order != self.terms or len(position.values) != len(self.keys):
            raise InvalidPositionError("the cursor belongs to another order of the list")
        values = zip(self.keys, position.values, strict=True)
        checked = tuple(key.checked(value) for key, value in values)
        return Position(self.terms, checked, checked_text(position.id))

    def beyond(self, position: Position, reverse: bool = False) -> Condition:
        """The rows after `position` in this order (before it, when `reverse`)."""
        sql, params = f"{self.id_expression} {'<' if reverse else '>'} ?", [position.id]
        pairs = list(zip(self.keys, self.terms, position.values, strict=True))
        for key, (_, descending), value in reversed(pairs):
            (later, later_params), (same, same_params) = _compared(
                key, descending != reverse, value
            )
            sql = f"{later} OR ({same} AND ({sql}))"
            params = [*later_params, *same_params, *params]
        return f"({sql})", params


def _compared(key: OrderKey, down: bool, value: Scalar) -> tuple[Condition, Condition]:
    """The rows whose key comes after `value` (going down when `down`), and those equal."""
    expression = key.sorted_by
    if value is None:  # a null is the greatest value
        later = f"{expression} IS NOT NULL" if down else "1=0"
        return (later, []), (f"{expression} IS NULL", [])
    if down:
        later = f"{expression} < ?"
    else:
        later = (
            f"({expression} > ? OR {expression} IS NULL)" if key.nullable else f"{expression} > ?"
        )
    return (later, [value]), (f"{expression} = ?", [value])


def read_page(
    cursor: Cursor,
    columns: str,
    source: str,
    arguments: Sequence[Any],
    ordering: Ordering,
    window: Window,
    to_row: Callable[[Row], Any],
) -> Page[Any]:
    """The page of `window` of the rows `SELECT columns source` finds (`source` is a FROM and
    a WHERE, with `arguments`), in `ordering`; the count and the page see the same rows."""
    after = ordering.checked(window.after) if window.after else None
    before = ordering.checked(window.before) if window.before else None
    bounds = [ordering.beyond(after)] if after else []
    bounds += [ordering.beyond(before, reverse=True)] if before else []
    where = " AND ".join(f"({sql})" for sql, _ in bounds) or "1=1"
    bound_params = [param for _, params in bounds for param in params]
    # How many rows there are, and how many lie outside the bounds on either side.
    outside = [
        f"SUM(CASE WHEN {sql} THEN 0 ELSE 1 END) AS listed_outside_{i}"
        for i, (sql, _) in enumerate(bounds)
    ]
    counted = ", ".join(["COUNT(*) AS listed_total", *outside])
    cursor.execute(f"SELECT {counted} {source}", [*bound_params, *arguments])
    totals = list((cursor.fetchone() or {}).values())
    total, outside_counts = int(totals[0] or 0), [int(n or 0) for n in totals[1:]]
    before_window = bool(after and outside_counts[0])
    after_window = bool(before and outside_counts[-1])

    backward = window.first is None and window.last is not None
    wanted = window.last if backward else window.first
    limit = "" if wanted is None else f" LIMIT {int(wanted) + 1}"
    cursor.execute(
        f"SELECT {columns}, {ordering.selected()} {source} AND {where}"
        f" ORDER BY {ordering.clause(reverse=backward)}{limit}",
        [*arguments, *bound_params],
    )
    found = cursor.fetchall()
    more = wanted is not None and len(found) > wanted
    found = found[:wanted] if wanted is not None else found
    if backward:
        found.reverse()
    trimmed = not backward and window.last is not None and len(found) > window.last
    if trimmed:
        found = found[len(found) - (window.last or 0) :]
    positions = [ordering.position(row) for row in found]
    return Page(
        rows=[to_row(row) for row in found],
        positions=positions,
        total_count=total,
        has_previous=before_window or trimmed or (backward and more),
        has_next=after_window or (not backward and more),
    )
