"""The DataLoaders of the customer view, made fresh for each request with the others
(`loaders.Loaders.customer_parts`): the contacts, addresses, valuations and latest incidents,
repair orders, opportunities and tasks of every customer a page shows are each fetched in one
query, and only those the viewer reads (a customer's incident in a unit out of their scope is
neither shown nor counted)."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from strawberry.dataloader import DataLoader

from cronica.graphql.first_page_loaders import FirstPage, first_pages
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
from cronica.projections.opportunities.rows import OPPORTUNITIES, OpportunityRow
from cronica.projections.paging import Page
from cronica.projections.repair_orders.rows import REPAIR_ORDERS, RepairOrderRow
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore
from cronica.projections.tasks.rows import TASKS, TaskRow

T = TypeVar("T")

PartsOf = Callable[[ReadStore, Scope, Sequence[str]], Mapping[str, list[T]]]

CUSTOMER = "customerId"
"""The filter field naming a record's customer."""


@dataclass(frozen=True)
class CustomerPartLoaders:
    """Each customer's parts and latest records of each kind, keyed by the customer's id."""

    contacts: DataLoader[str, list[ContactRow]]
    addresses: DataLoader[str, list[AddressRow]]
    valuations: DataLoader[str, list[ValuationRow]]
    incidents: DataLoader[FirstPage, Page[IncidentRow]]
    repair_orders: DataLoader[FirstPage, Page[RepairOrderRow]]
    opportunities: DataLoader[FirstPage, Page[OpportunityRow]]
    tasks: DataLoader[FirstPage, Page[TaskRow]]

    @classmethod
    def for_request(cls, api: ReadApi, scope: Scope) -> "CustomerPartLoaders":
        return cls(
            contacts=_parts(api, scope, CONTACTS.of),
            addresses=_parts(api, scope, ADDRESSES.of),
            valuations=_parts(api, scope, VALUATIONS.of),
            incidents=first_pages(api, scope, INCIDENTS, CUSTOMER),
            repair_orders=first_pages(api, scope, REPAIR_ORDERS, CUSTOMER),
            opportunities=first_pages(api, scope, OPPORTUNITIES, CUSTOMER),
            tasks=first_pages(api, scope, TASKS, CUSTOMER),
        )


def _parts(api: ReadApi, scope: Scope, query: PartsOf[T]) -> DataLoader[str, list[T]]:
    async def load(customer_ids: list[str]) -> list[list[T]]:
        found = await api.run(query, scope, customer_ids)
        return [found[customer_id] for customer_id in customer_ids]

    return DataLoader(load_fn=load)
