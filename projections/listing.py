"""Lists of a read model's rows: filtered, ordered and paged the same way for every table.

A `Listing` names a table, the dataclass its rows are read into, and which filter and order
fields clients may use (their names as the API spells them, mapped to SQL columns or
expressions). `Listing.page` is what every GraphQL connection and every export reads through.
Every read takes the caller's `Scope`: only the rows they may see (by the row type's declared
`scoped_by`) are listed, counted, grouped or found by id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from cronica.projections.columns import Column, columns_of
from cronica.projections.filtering import Condition, Filter, compile_filter
from cronica.projections.keyset import Ordering, read_page
from cronica.projections.paging import OrderKey, OrderTerm, Page, Position, Window
from cronica.projections.rows import fetch_by_ids, with_text_times
from cronica.projections.scope import Scope, scoping_of
from cronica.projections.store import ReadStore

T = TypeVar("T")

OrderBy = Sequence[OrderTerm]
"""(field, descending) pairs, applied in order; the id always breaks ties."""


@dataclass(frozen=True)
class Listing(Generic[T]):
    """How one read-model table is listed."""

    table: str
    row_type: type[T]
    filter_fields: Mapping[str, str]
    order_fields: Mapping[str, OrderKey]
    default_order: OrderBy

    def __post_init__(self) -> None:
        scoping_of(self.row_type)  # a list of rows whose scoping is not declared is refused

    @classmethod
    def of(
        cls,
        table: str,
        row_type: type[T],
        default_order: OrderBy,
        extra_filters: Mapping[str, str] | None = None,
    ) -> Listing[T]:
        """The listing whose filter and order fields are the row type's declared columns (see
        `projections.columns`), by their API names; `extra_filters` adds fields over columns
        the rows do not carry."""
        declared = columns_of(row_type)
        filters = {c.api_name: _filtered(c) for c in declared if c.filter}
        orders = {c.api_name: key for c in declared if (key := c.order_key)}
        return cls(table, row_type, {**filters, **(extra_filters or {})}, orders, default_order)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in fields(self.row_type)]  # type: ignore[arg-type]

    def page(
        self,
        store: ReadStore,
        scope: Scope,
        filter_: Filter | None,
        order_by: OrderBy,
        window: Window,
        *,
        where: str = "1=1",
        params: Sequence[Any] = (),
    ) -> Page[T]:
        """The window's page of the rows the caller reads matching the filter (and the extra
        SQL `where`, for conditions a query adds itself, e.g. "no operator yet"), in `order_by`
        (the default order when empty); the count and the page see the same rows."""
        source, arguments = self._matching(scope, filter_, where, params)
        ordering = self.ordering(order_by)
        columns = ", ".join(self.columns)
        with store.snapshot() as cursor:
            return read_page(
                cursor,
                columns,
                source,
                arguments,
                ordering,
                window,
                lambda row: self.row_type(**row),
            )

    def ordering(self, order_by: OrderBy) -> Ordering:
        """The order of `order_by`, or the default order when it is empty."""
        return Ordering.of(order_by, self.order_fields, self.default_order)

    def rows(
        self,
        store: ReadStore,
        scope: Scope,
        filter_: Filter | None,
        order_by: OrderBy,
        *,
        where: str = "1=1",
        params: Sequence[Any] = (),
    ) -> list[T]:
        """Every row of the company matching the filter (and `where`), in order: for a list
        that is read whole, as a few days of a timesheet are."""
        source, arguments = self._matching(scope, filter_, where, params)
        order = self.ordering(order_by).clause()
        found = store.query(
            f"SELECT {', '.join(self.columns)} {source} ORDER BY {order}", arguments
        )
        return [self.row_type(**row) for row in found]

    def _matching(
        self, scope: Scope, filter_: Filter | None, where: str, params: Sequence[Any]
    ) -> tuple[str, tuple[Any, ...]]:
        """The FROM and WHERE of the rows the caller reads matching the filter and `where`, and
        their parameters."""
        matched, matched_params = compile_filter(with_text_times(filter_), self.filter_fields)
        scoped, scoped_params = scope.of(self.row_type)
        source = f"FROM {self.table} WHERE {scoped} AND ({where}) AND ({matched})"
        return source, (*scoped_params, *params, *matched_params)

    def first_per(
        self, store: ReadStore, scope: Scope, field: str, keys: Sequence[str], first: int
    ) -> dict[str, Page[T]]:
        """For each value of `field` (a filter field, e.g. each customerId), the first page of
        `first` rows in the default order, with its count: what `page` answers for that value's
        first page, for every value in one query (a customer view shows many customers)."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        column = self.filter_fields[field]
        matched, params = compile_filter(Condition(field, "in", wanted), self.filter_fields)
        ordering = self.ordering([])
        columns = ", ".join(self.columns)
        scoped, scoped_params = scope.of(self.row_type)
        # Each group's first row is read even when `first` is 0, for its count. The added
        # columns are named so that no table's own column can clash with them.
        rows = store.query(
            f"SELECT {columns}, {ordering.selected_names()},"
            " listed_group, listed_place, listed_total FROM ("
            f" SELECT {columns}, {ordering.selected()}, {column} AS listed_group,"
            f" ROW_NUMBER() OVER (PARTITION BY {column} ORDER BY {ordering.clause()})"
            " AS listed_place,"
            f" COUNT(*) OVER (PARTITION BY {column}) AS listed_total"
            f" FROM {self.table} WHERE {scoped} AND {matched}"
            ") ranked WHERE listed_place <= ? ORDER BY listed_group, listed_place",
            (*scoped_params, *params, max(first, 1)),
        )
        kept: dict[str, list[T]] = {key: [] for key in wanted}
        positions: dict[str, list[Position]] = {key: [] for key in wanted}
        totals: dict[str, int] = {}
        for row in rows:
            key, place = row.pop("listed_group"), row.pop("listed_place")
            totals[key] = int(row.pop("listed_total"))
            position = ordering.position(row)
            if place <= first:
                kept[key].append(self.row_type(**row))
                positions[key].append(position)
        pages = {}
        for key in wanted:
            total = totals.get(key, 0)
            pages[key] = Page(kept[key], positions[key], total, has_next=total > len(kept[key]))
        return pages

    def by_ids(self, store: ReadStore, scope: Scope, ids: Sequence[str]) -> dict[str, T]:
        """The rows with these ids the caller reads, keyed by id; unknown ids are absent, and so
        are those the caller may not read."""
        within = scope.of(self.row_type)
        return fetch_by_ids(store, self.table, self.columns, within, ids, self.row_type)

    def indexes(self) -> tuple[str, ...]:
        """One index per plain column a query filters or orders on, always within one company
        (expressions, e.g. a rank, are indexed by the projection that defines them)."""
        columns = sorted(
            column
            for column in {
                *self.filter_fields.values(),
                *(key.expression for key in self.order_fields.values()),
            }
            if column.isidentifier()
        )
        table = self.table
        return tuple(
            f"CREATE INDEX IF NOT EXISTS {table}_{column} ON {table} (company_id, {column})"
            for column in columns
        )


def _filtered(column: Column) -> str:
    """What a filter on the column compares: a bool column held as an INTEGER 0 or 1, as a
    boolean (a filter's true or false is a boolean parameter on PostgreSQL). In brackets the
    column is still filtered on, but `indexes` makes no index for it."""
    if column.filter == "bool" and column.stored and column.sql_type == "INTEGER":
        return f"({column.name} = 1)"
    return column.name if column.indexed else f"({column.name})"
