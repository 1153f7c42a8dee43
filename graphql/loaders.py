"""DataLoaders, made fresh for each request: every user, customer or history a page of results
asks for is fetched in one batch (one query per kind), and a request never sees another
request's cache."""

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar
from uuid import UUID

from strawberry.dataloader import DataLoader

from cronica.graphql.read_api import ReadApi
from cronica.projections.customer_directory import CustomerRow, customers_by_ids
from cronica.projections.history import HistoryEntry
from cronica.projections.store import ReadStore
from cronica.projections.user_directory import UserRow, users_by_ids

T = TypeVar("T")

ByIds = Callable[[ReadStore, str, Sequence[str]], Mapping[str, T]]


@dataclass(frozen=True)
class Loaders:
    """One loader per kind of record a field refers to, all scoped to the viewer's company."""

    users: DataLoader[str, UserRow | None]
    customers: DataLoader[str, CustomerRow | None]
    histories: DataLoader[str, list[HistoryEntry]]

    @classmethod
    def for_request(cls, api: ReadApi, company_id: str) -> "Loaders":
        return cls(
            users=_rows_by_id(api, company_id, users_by_ids),
            customers=_rows_by_id(api, company_id, customers_by_ids),
            histories=_histories(api),
        )


def _rows_by_id(api: ReadApi, company_id: str, query: ByIds[T]) -> DataLoader[str, T | None]:
    async def load(ids: list[str]) -> list[T | None]:
        found = await api.run(query, company_id, ids)
        return [found.get(id_) for id_ in ids]

    return DataLoader(load_fn=load)


def _histories(api: ReadApi) -> DataLoader[str, list[HistoryEntry]]:
    # The event store reads one record's stream at a time; batching still makes it one thread
    # hop per request, and the caller has already checked the records are the viewer's.
    async def load(record_ids: list[str]) -> list[list[HistoryEntry]]:
        return await asyncio.to_thread(lambda: [api.history(UUID(id_)) for id_ in record_ids])

    return DataLoader(load_fn=load)
