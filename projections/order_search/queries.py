"""Searching the order search index: repair orders and incidents by their fields and by free
text, best match first.

The text is searched as `search_text` describes, on PostgreSQL with `websearch_to_tsquery` and
`ts_rank` over the GIN-indexed `tsvector`, on SQLite with an FTS5 MATCH and `bm25` (headline
words count more than notes). A hit's `rank` is higher for a better match on both; without text
every hit ranks 0 and the newest orders come first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from cronica.projections.filtering import AllOf, Condition, Operator, compile_filter
from cronica.projections.keyset import Ordering, read_page
from cronica.projections.order_search.projection import FTS_TABLE
from cronica.projections.order_search.rows import SEARCH_FIELDS, OrderHit
from cronica.projections.order_search.search_text import folded, fts_query
from cronica.projections.paging import OrderKey, Page, Window
from cronica.projections.rows import with_text_times
from cronica.projections.scope import Scope
from cronica.projections.store import Dialect, ReadStore


@dataclass(frozen=True)
class OrderSearch:
    """What to find: every criterion given must hold. Time bounds are inclusive."""

    text: str | None = None
    kinds: Sequence[str] | None = None
    statuses: Sequence[str] | None = None
    user_id: str | None = None
    customer_id: str | None = None
    contact_id: str | None = None
    project_id: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    finished_from: datetime | None = None
    finished_to: datetime | None = None

    def conditions(self) -> list[Condition]:
        """The criteria besides the text and the user, as `SEARCH_FIELDS` names them."""
        wanted: list[tuple[str, Operator, Any]] = [
            ("kind", "in", self.kinds),
            ("status", "in", self.statuses),
            ("customerId", "eq", self.customer_id),
            ("contactId", "eq", self.contact_id),
            ("projectId", "eq", self.project_id),
            ("createdAt", "gte", self.created_from),
            ("createdAt", "lte", self.created_to),
            ("finishedAt", "gte", self.finished_from),
            ("finishedAt", "lte", self.finished_to),
        ]
        return [
            Condition(name, op, _utc_if_naive(value))
            for name, op, value in wanted
            if value is not None
        ]


def _utc_if_naive(value: Any) -> Any:
    """A time without an offset is taken as UTC, as every other filter takes it."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


_HIT_COLUMNS = ", ".join(f"s.{f.name}" for f in fields(OrderHit) if f.name != "rank")
_NO_RANK = "CAST(0 AS REAL)"


@dataclass(frozen=True)
class _TextMatch:
    """The FROM and WHERE of a text search on one database, and its rank expression."""

    source: str
    where: str
    rank: str
    source_params: tuple[Any, ...] = ()
    where_params: tuple[Any, ...] = ()


def _text_match(dialect: Dialect, text: str | None) -> _TextMatch:
    query = fts_query(text or "")
    if query is None:
        return _TextMatch("order_search s", "1=1", _NO_RANK)
    if dialect == "postgres":
        return _TextMatch(
            "order_search s, websearch_to_tsquery('simple', ?) AS q(query)",
            "s.document @@ q.query",
            "ts_rank(s.document, q.query, 1)",  # 1: long notes do not outweigh a precise match
            source_params=(folded(text or ""),),
        )
    where, params = ["1=1"], []
    if query.unwanted is not None:
        where.append(f"s.doc NOT IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
        params.append(query.unwanted)
    if query.wanted is None:
        return _TextMatch("order_search s", " AND ".join(where), _NO_RANK, (), tuple(params))
    # The matches drive the join (CROSS JOIN keeps SQLite from looking each document of the
    # company up in the index instead). OFFSET 0 keeps SQLite from flattening the matches into
    # the query: bm25 may only run in the full-text query itself, not in a count or a keyset
    # comparison over it.
    matches = (
        f"(SELECT rowid AS doc, -bm25({FTS_TABLE}, 4.0, 1.0) AS score"  # lower is better
        f" FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT -1 OFFSET 0) AS m"
    )
    return _TextMatch(
        f"{matches} CROSS JOIN order_search s ON s.doc = m.doc",
        " AND ".join(where),
        "m.score",
        source_params=(query.wanted,),
        where_params=tuple(params),
    )


BEST_FIRST = [("rank", True), ("createdAt", True)]
"""The order of a search's hits: best match first, then newest."""


def search_orders(
    store: ReadStore, scope: Scope, search: OrderSearch, window: Window
) -> Page[OrderHit]:
    """The window's page of the orders the caller reads matching the search, best match first,
    then newest."""
    text = _text_match(store.dialect, search.text)
    matched, matched_params = compile_filter(
        with_text_times(AllOf(search.conditions())), SEARCH_FIELDS
    )
    scoped, scoped_params = scope.of(OrderHit, prefix="s.")
    involved, involved_params = "1=1", list[str]()
    if search.user_id is not None:
        involved = "s.id IN (SELECT order_id FROM order_search_users WHERE user_id = ?)"
        involved_params.append(search.user_id)
    source = (
        f"FROM {text.source} WHERE {scoped} AND ({text.where}) AND ({involved}) AND ({matched})"
    )
    arguments = (
        *text.source_params,
        *scoped_params,
        *text.where_params,
        *involved_params,
        *matched_params,
    )
    keys = {"rank": OrderKey(text.rank, float), "createdAt": OrderKey("s.created_at", str)}
    ordering = Ordering.of([], keys, BEST_FIRST, id_expression="s.id")
    columns = f"{_HIT_COLUMNS}, {text.rank} AS rank"
    with store.snapshot() as cursor:
        return read_page(
            cursor, columns, source, arguments, ordering, window, lambda row: OrderHit(**row)
        )
