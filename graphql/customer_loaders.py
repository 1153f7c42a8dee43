"""The DataLoaders of the customer view, made fresh for each request with the others
(`loaders.Loaders.customer_parts`): the contacts, addresses, valuations and latest incidents of
every customer a page shows are each fetched in one query."""

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from strawberry.dataloader import DataLoader

from cronica.graphql.read_api import ReadApi
from cronica.projections.customer_incidents import latest_incidents
from cronica.projections.customer_parts import (
    ADDRESSES,
    CONTACTS,
    VALUATIONS,
    AddressRow,
    ContactRow,
    ValuationRow,
)
from cronica.projections.incident_list import IncidentRow
from cronica.projections.paging import Page
from cronica.projections.store import ReadStore

T = TypeVar("T")

PartsOf = Callable[[ReadStore, str, Sequence[str]], Mapping[str, list[T]]]

LatestIncidents = tuple[str, int]
"""A customer's id and how many of its latest incidents are wanted."""


@dataclass(frozen=True)
class CustomerPartLoaders:
    """Each customer's parts and latest incidents, keyed by the customer's id."""

    contacts: DataLoader[str, list[ContactRow]]
    addresses: DataLoader[str, list[AddressRow]]
    valuations: DataLoader[str, list[ValuationRow]]
    incidents: DataLoader[LatestIncidents, Page[IncidentRow]]

    @classmethod
    def for_request(cls, api: ReadApi, company_id: str) -> "CustomerPartLoaders":
        return cls(
            contacts=_parts(api, company_id, CONTACTS.of),
            addresses=_parts(api, company_id, ADDRESSES.of),
            valuations=_parts(api, company_id, VALUATIONS.of),
            incidents=_latest_incidents(api, company_id),
        )


def _parts(api: ReadApi, company_id: str, query: PartsOf[T]) -> DataLoader[str, list[T]]:
    async def load(customer_ids: list[str]) -> list[list[T]]:
        found = await api.run(query, company_id, customer_ids)
        return [found[customer_id] for customer_id in customer_ids]

    return DataLoader(load_fn=load)


def _latest_incidents(
    api: ReadApi, company_id: str
) -> DataLoader[LatestIncidents, Page[IncidentRow]]:
    # One query per number of incidents asked for: a page of customers asks for the same one.
    async def load(keys: list[LatestIncidents]) -> list[Page[IncidentRow]]:
        by_first: defaultdict[int, list[str]] = defaultdict(list)
        for customer_id, first in keys:
            by_first[first].append(customer_id)
        pages = {
            first: await api.run(latest_incidents, company_id, customer_ids, first)
            for first, customer_ids in by_first.items()
        }
        return [pages[first][customer_id] for customer_id, first in keys]

    return DataLoader(load_fn=load)
