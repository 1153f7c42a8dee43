"""The DataLoaders of the customer view, made fresh for each request with the others
(`loaders.Loaders.customer_parts`): the contacts, addresses, valuations and latest incidents,
repair orders, opportunities and tasks of every customer a page shows are each fetched in one
query, and only those the viewer reads (a customer's incident in a unit out of their scope is
neither shown nor counted)."""

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from strawberry.dataloader import DataLoader

from cronica.graphql.read_api import ReadApi
from cronica.projections.customers.parts import (
    ADDRESSES,
    CONTACTS,
    VALUATIONS,
    AddressRow,
    ContactRow,
    ValuationRow,
)
from cronica.projections.incidents.rows import INCIDENTS, IncidentRow
from cronica.projections.listing import Listing
from cronica.projections.opportunities.rows import OPPORTUNITIES, OpportunityRow
from cronica.projections.paging import Page
from cronica.projections.repair_orders.rows import REPAIR_ORDERS, RepairOrderRow
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore
from cronica.projections.tasks.rows import TASKS, TaskRow

T = TypeVar("T")

PartsOf = Callable[[ReadStore, Scope, Sequence[str]], Mapping[str, list[T]]]

Latest = tuple[str, int]
"""A customer's id and how many of its latest records of a kind are wanted."""


@dataclass(frozen=True)
class CustomerPartLoaders:
    """Each customer's parts and latest records of each kind, keyed by the customer's id."""

    contacts: DataLoader[str, list[ContactRow]]
    addresses: DataLoader[str, list[AddressRow]]
    valuations: DataLoader[str, list[ValuationRow]]
    incidents: DataLoader[Latest, Page[IncidentRow]]
    repair_orders: DataLoader[Latest, Page[RepairOrderRow]]
    opportunities: DataLoader[Latest, Page[OpportunityRow]]
    tasks: DataLoader[Latest, Page[TaskRow]]

    @classmethod
    def for_request(cls, api: ReadApi, scope: Scope) -> "CustomerPartLoaders":
        return cls(
            contacts=_parts(api, scope, CONTACTS.of),
            addresses=_parts(api, scope, ADDRESSES.of),
            valuations=_parts(api, scope, VALUATIONS.of),
            incidents=_latest(api, scope, INCIDENTS),
            repair_orders=_latest(api, scope, REPAIR_ORDERS),
            opportunities=_latest(api, scope, OPPORTUNITIES),
            tasks=_latest(api, scope, TASKS),
        )


def _parts(api: ReadApi, scope: Scope, query: PartsOf[T]) -> DataLoader[str, list[T]]:
    async def load(customer_ids: list[str]) -> list[list[T]]:
        found = await api.run(query, scope, customer_ids)
        return [found[customer_id] for customer_id in customer_ids]

    return DataLoader(load_fn=load)


def _latest(api: ReadApi, scope: Scope, listing: Listing[T]) -> DataLoader[Latest, Page[T]]:
    # One query per number of records asked for: a page of customers asks for the same one.
    async def load(keys: list[Latest]) -> list[Page[T]]:
        by_first: defaultdict[int, list[str]] = defaultdict(list)
        for customer_id, first in keys:
            by_first[first].append(customer_id)
        pages = {
            first: await api.run(listing.first_per, scope, "customerId", customer_ids, first)
            for first, customer_ids in by_first.items()
        }
        return [pages[first][customer_id] for customer_id, first in keys]

    return DataLoader(load_fn=load)
