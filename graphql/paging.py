"""Cursor paging (first/after, last/before) by keyset (see `projections.paging`).

A cursor is opaque to clients: the base64 of a versioned JSON object holding the list's order,
the row's values of it and its id. A page after (or before) a cursor starts right after (or
ends right before) that row's place in the order, wherever rows were written, moved or dropped
meanwhile. A cursor that is not one (garbled, forged, of another order) is refused with a clear
error, never a server error.
"""

import base64
import binascii
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

from cronica.graphql.connection import Connection, Edge, PageInfo
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError
from cronica.projections.filtering import Filter
from cronica.projections.listing import Listing, OrderBy
from cronica.projections.paging import InvalidPositionError, Page, Position, Window

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
CURSOR_VERSION = 1
_SCALARS = (str, int, float, bool, type(None))

Node = TypeVar("Node")
Row = TypeVar("Row")


def checked_size(name: str, size: int) -> int:
    """`size`, refused unless a page may hold that many rows (`name`: the argument giving it)."""
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise InvalidArgumentError(f"{name} must be between 0 and {MAX_PAGE_SIZE}")
    return size


def encode_cursor(position: Position) -> str:
    payload = {
        "v": CURSOR_VERSION,
        "o": [[field, descending] for field, descending in position.order],
        "k": list(position.values),
        "id": position.id,
    }
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return base64.urlsafe_b64encode(text.encode()).decode()


def decode_cursor(cursor: str) -> Position:
    """The position a cursor points at; InvalidArgumentError if it is none of ours. (Whether it
    fits the list's order is checked when the list is read.)"""
    try:
        payload = json.loads(
            base64.urlsafe_b64decode(cursor.encode("ascii")), parse_constant=_refused
        )
    except (binascii.Error, UnicodeError, ValueError, RecursionError):
        _not_a_cursor(cursor)
    if not (
        isinstance(payload, dict)
        and payload.keys() == {"v", "o", "k", "id"}
        and payload["v"] == CURSOR_VERSION
        and isinstance(payload["o"], list)
        and all(_is_term(term) for term in payload["o"])
        and isinstance(payload["k"], list)
        and len(payload["k"]) == len(payload["o"])
        and all(isinstance(value, _SCALARS) for value in payload["k"])
        and isinstance(payload["id"], str)
    ):
        _not_a_cursor(cursor)
    order = tuple((field, descending) for field, descending in payload["o"])
    return Position(order, tuple(payload["k"]), payload["id"])


def _is_term(term: Any) -> bool:
    return (
        isinstance(term, list)
        and len(term) == 2
        and isinstance(term[0], str)
        and isinstance(term[1], bool)
    )


def _refused(constant: str) -> NoReturn:
    raise ValueError(f"{constant} is no value of a cursor")


def _not_a_cursor(cursor: str) -> NoReturn:
    shown = cursor if len(cursor) <= 80 else cursor[:77] + "..."
    raise InvalidArgumentError(f"{shown!r} is not a cursor of this list")


@dataclass(frozen=True)
class PageRequest:
    """The rows a client asked for, as a window of the list."""

    window: Window

    @classmethod
    def parse(
        cls, first: int | None, after: str | None, last: int | None, before: str | None
    ) -> "PageRequest":
        for name, size in (("first", first), ("last", last)):
            if size is not None:
                checked_size(name, size)
        if first is None and last is None:
            first = DEFAULT_PAGE_SIZE
        start = decode_cursor(after) if after is not None else None
        end = decode_cursor(before) if before is not None else None
        return cls(Window(after=start, before=end, first=first, last=last))


def connection(page: Page[Row], to_node: Callable[[Row], Node]) -> Connection[Node]:
    """The page's rows as a connection, each with the cursor of its position."""
    edges = [
        Edge(node=to_node(row), cursor=encode_cursor(position))
        for row, position in zip(page.rows, page.positions, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.has_previous,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=page.total_count,
    )


PageQuery = Callable[[Window], Awaitable[Page[Row]]]
"""A list's rows in a window (with the whole list's count)."""


async def paged(
    request: PageRequest, query: PageQuery[Row], to_node: Callable[[Row], Node]
) -> Connection[Node]:
    """The connection a page request asks for, read through `query`."""
    try:
        page = await query(request.window)
    except InvalidPositionError as error:
        raise InvalidArgumentError(str(error)) from None
    return connection(page, to_node)


async def paged_listing(
    info: Info,
    listing: Listing[Row],
    where: Filter | None,
    order: OrderBy,
    request: PageRequest,
    to_node: Callable[[Row], Node],
) -> Connection[Node]:
    """The page the request asks for of the listing's rows the viewer reads."""
    context = info.context

    async def query(window: Window) -> Page[Row]:
        scope = context.viewer.scope
        return await context.api.run(listing.page, scope, where, order, window)

    return await paged(request, query, to_node)
