"""The loaders of nested lists (graphql/first_pages.py): the first page of a listing's rows
related to each of a page of records, in one query per page size."""

from collections import defaultdict
from typing import TypeVar

from strawberry.dataloader import DataLoader

from cronica.graphql.read_api import ReadApi
from cronica.projections.listing import Listing
from cronica.projections.paging import Page
from cronica.projections.scope import Scope

T = TypeVar("T")

FirstPage = tuple[str, int]
"""A record's id and how many of its related rows are wanted."""


def first_pages(
    api: ReadApi, scope: Scope, listing: Listing[T], field: str
) -> DataLoader[FirstPage, Page[T]]:
    """A loader of the first page of `listing`'s rows whose filter field `field` (e.g.
    customerId) is each record's id, in the listing's default order, within the scope."""

    # One query per number of rows asked for: a page of records asks for the same one.
    async def load(keys: list[FirstPage]) -> list[Page[T]]:
        by_first: defaultdict[int, list[str]] = defaultdict(list)
        for record_id, first in keys:
            by_first[first].append(record_id)
        pages = {
            first: await api.run(listing.first_per, scope, field, record_ids, first)
            for first, record_ids in by_first.items()
        }
        return [pages[first][record_id] for record_id, first in keys]

    return DataLoader(load_fn=load)
