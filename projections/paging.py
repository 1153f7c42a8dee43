"""Pages of a read model's rows, found by keyset: a page starts after (or ends before) a row's
position in the list's order (its values of the order's fields, then its id), never at a row
count. Rows written, moved or dropped between two reads therefore never shift a page: every row
that matched before and after is read once, in order.

Order keys whose values may be missing sort them as greater than any value (last when
ascending, first when descending), on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

Scalar = str | int | float | bool | None
OrderTerm = tuple[str, bool]
"""A field of a list's order and whether it descends."""

_LARGEST_INTEGER = 2**63 - 1  # what both databases hold


@dataclass(frozen=True)
class Position:
    """Where a row sits in an order: the order's terms, the row's values of them, and its id
    (which breaks ties)."""

    order: tuple[OrderTerm, ...]
    values: tuple[Scalar, ...]
    id: str


@dataclass(frozen=True)
class Window:
    """The rows a page request asks for: those after `after` and before `before` (None: from
    the list's start, to its end), and of those the first `first`, or the last `last`."""

    after: Position | None = None
    before: Position | None = None
    first: int | None = None
    last: int | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    """Some rows with their positions; `total_count` counts every page's rows, and the flags say
    whether rows of the list come before or after this page."""

    rows: list[T]
    positions: list[Position]
    total_count: int
    has_previous: bool = False
    has_next: bool = False


class UnknownOrderFieldError(ValueError):
    """Raised when an ordering names a field the query cannot order by."""


class InvalidPositionError(ValueError):
    """Raised when a position does not belong to the list's order, or holds values its keys
    cannot have (a forged or garbled cursor)."""


@dataclass(frozen=True)
class OrderKey:
    """What a list may be ordered by: an SQL expression, the type of its values (str, int,
    float or bool) and whether it may be null."""

    expression: str
    kind: type
    nullable: bool = False

    @property
    def sorted_by(self) -> str:
        """The SQL a page sorts, reads and compares. A number of `real` (PostgreSQL's 4-byte
        float, e.g. `ts_rank`) is read as double precision: only then does the value read
        compare equal to the row's when it comes back in a cursor."""
        if self.kind is float:
            return f"CAST({self.expression} AS DOUBLE PRECISION)"
        return self.expression

    def value(self, found: Scalar) -> Scalar:
        """A value the database gave for the key, as the key's type (SQLite gives 0/1 for
        truth values)."""
        if found is None or self.kind not in (bool, float):
            return found
        return self.kind(found)

    def checked(self, value: object) -> Scalar:
        """`value` if a row could have it for this key, else InvalidPositionError."""
        if value is None and self.nullable:
            return None
        if self.kind is str and isinstance(value, str):
            return checked_text(value)
        if self.kind is bool and isinstance(value, bool):
            return value
        numeric = isinstance(value, int) and not isinstance(value, bool)
        if self.kind is int and numeric and abs(value) <= _LARGEST_INTEGER:  # type: ignore[arg-type]
            return value  # type: ignore[return-value]
        if self.kind is float and (numeric or isinstance(value, float)):
            number = float(value)  # type: ignore[arg-type]
            if math.isfinite(number):
                return number
        raise InvalidPositionError(f"the cursor holds {value!r}, which no row of this order has")


def checked_text(text: str) -> str:
    """`text` if a database can be asked about it (no NUL, no lone surrogate)."""
    try:
        text.encode()
    except UnicodeEncodeError:
        raise InvalidPositionError("a cursor's text is not valid Unicode") from None
    if "\x00" in text:
        raise InvalidPositionError("a cursor's text holds a NUL character")
    return text


def order_terms(
    order_by: Sequence[OrderTerm], default: Sequence[OrderTerm]
) -> tuple[OrderTerm, ...]:
    """The terms a list is ordered by: those asked for, else its default ones."""
    return tuple((field, descending) for field, descending in order_by or default)
