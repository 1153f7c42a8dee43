"""Pages of a read model's rows: their order (stable, so that pages never overlap) and the page
itself, with the number of rows matching the query in all pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """`rows` start at `offset` of the ordered result; `total_count` counts every page."""

    rows: list[T]
    total_count: int
    offset: int


class UnknownOrderFieldError(ValueError):
    """Raised when an ordering names a field the query cannot order by."""


def order_clause(
    order_by: Sequence[tuple[str, bool]],
    columns: Mapping[str, str],
    default: Sequence[tuple[str, bool]],
) -> str:
    """SQL (without ORDER BY) for (field, descending) pairs, `default` when there are none; the
    id always comes last, so rows that tie on every field still have one order."""
    terms = []
    for field, descending in order_by or default:
        column = columns.get(field)
        if column is None:
            raise UnknownOrderFieldError(f"cannot order by {field!r}")
        terms.append(f"{column} {'DESC' if descending else 'ASC'}")
    return ", ".join([*terms, "id ASC"])
