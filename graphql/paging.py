"""Cursor paging (first/after, last/before) over offset-paged query functions.

A cursor is opaque to clients; here it is the base64 of the row's offset in the ordered result.
"""

import base64
import binascii
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from cronica.graphql.connection import Connection, Edge, PageInfo
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError
from cronica.projections.filtering import Filter
from cronica.projections.listing import Listing, OrderBy
from cronica.projections.paging import Page

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
_PREFIX = "offset:"

Node = TypeVar("Node")
Row = TypeVar("Row")


def checked_size(name: str, size: int) -> int:
    """`size`, refused unless a page may hold that many rows (`name`: the argument giving it)."""
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise InvalidArgumentError(f"{name} must be between 0 and {MAX_PAGE_SIZE}")
    return size


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if text.startswith(_PREFIX) and (offset := int(text[len(_PREFIX) :])) >= 0:
            return offset
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise InvalidArgumentError(f"{cursor!r} is not a cursor of this list")


@dataclass(frozen=True)
class PageRequest:
    """The rows a client asked for: after `start`, before `end` (None: the list's end), and of
    those the first `first` or the last `last`."""

    start: int
    end: int | None
    first: int | None
    last: int | None

    @classmethod
    def parse(
        cls, first: int | None, after: str | None, last: int | None, before: str | None
    ) -> "PageRequest":
        for name, size in (("first", first), ("last", last)):
            if size is not None:
                checked_size(name, size)
        if first is None and last is None:
            first = DEFAULT_PAGE_SIZE
        start = decode_cursor(after) + 1 if after is not None else 0
        end = decode_cursor(before) if before is not None else None
        return cls(start, end, first, last)

    @property
    def needs_total(self) -> bool:
        """`last` without `before` counts back from the list's end, which must be known first."""
        return self.last is not None and self.end is None

    def window(self, total: int | None) -> tuple[int, int]:
        """The offset and limit to query; `total` is needed when `needs_total`."""
        end = self.end if self.end is not None else total
        if self.first is not None:
            end = self.start + self.first if end is None else min(end, self.start + self.first)
        assert end is not None, "needs_total: pass the total count"
        start = self.start if self.last is None else max(self.start, end - self.last)
        return start, max(end - start, 0)


def connection(nodes: list[Node], offset: int, total_count: int) -> Connection[Node]:
    """The page of `nodes` found at `offset` of a list of `total_count`."""
    edges = [Edge(node=node, cursor=encode_cursor(offset + i)) for i, node in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=offset + len(nodes) < total_count,
            has_previous_page=offset > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total_count,
    )


PageQuery = Callable[[int, int], Awaitable[Page[Row]]]
"""A list's rows from an offset, at most a limit of them (with the whole list's count)."""


async def paged(
    request: PageRequest, query: PageQuery[Row], to_node: Callable[[Row], Node]
) -> Connection[Node]:
    """The connection a page request asks for, read through `query` (once, or twice when the
    request counts back from the list's end)."""
    total = None
    if request.needs_total:
        total = (await query(0, 0)).total_count
    offset, limit = request.window(total)
    page = await query(offset, limit)
    return connection([to_node(row) for row in page.rows], offset, page.total_count)


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

    async def query(offset: int, limit: int) -> Page[Row]:
        scope = context.viewer.scope
        return await context.api.run(listing.page, scope, where, order, offset, limit)

    return await paged(request, query, to_node)
