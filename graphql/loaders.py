"""DataLoaders, made fresh for each request: every user, customer or history a page of results
asks for is fetched in one batch (one query per kind), and a request never sees another
request's cache."""

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar
from uuid import UUID

from strawberry.dataloader import DataLoader

from cronica.graphql.customers.loaders import CustomerPartLoaders
from cronica.graphql.first_page_loaders import FirstPage, first_pages
from cronica.graphql.read_api import ReadApi
from cronica.projections.agenda.rows import AGENDA_ITEMS, AgendaItemRow
from cronica.projections.cases.rows import CASES, CaseRow
from cronica.projections.catalogues.queries import CatalogueRow, catalogues_by_ids, task_types
from cronica.projections.catalogues.rows import CatalogueEntryRow
from cronica.projections.customers.parts import CONTACT_LIST, ContactRow
from cronica.projections.customers.queries import customers_by_ids
from cronica.projections.customers.rows import CustomerRow
from cronica.projections.emails.rows import EMAILS, EmailRow
from cronica.projections.incidents.queries import incidents_by_ids
from cronica.projections.incidents.rows import IncidentRow
from cronica.projections.messages.queries import attachments_of, readers_of
from cronica.projections.messages.rows import MESSAGES, MessageRow
from cronica.projections.notices.rows import NOTICES, NoticeRow
from cronica.projections.opportunities.rows import OPPORTUNITIES, OpportunityRow
from cronica.projections.opportunity_timeline.queries import timelines_of
from cronica.projections.opportunity_timeline.rows import TimelineRow
from cronica.projections.paging import Page
from cronica.projections.projects.rows import PROJECTS, ProjectRow
from cronica.projections.records.history import HistoryEntry
from cronica.projections.repair_orders.rows import REPAIR_ORDERS, RepairOrderRow
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore
from cronica.projections.tasks.priority_types import priority_task_types
from cronica.projections.tasks.queries import tasks_by_ids
from cronica.projections.tasks.rows import TaskRow
from cronica.projections.timesheets.rows import TIMESHEET_LINES
from cronica.projections.timesheets.rows import TimesheetLine as TimesheetLineRow
from cronica.projections.users.queries import units_by_ids, users_by_ids
from cronica.projections.users.rows import UNITS, USERS, UnitRow, UserRow

T = TypeVar("T")
W = TypeVar("W", str, Scope)

ByIds = Callable[[ReadStore, W, Sequence[str]], Mapping[str, T]]
"""Rows by id within the caller's scope (a `Scope`), or within the company (its id)."""


@dataclass(frozen=True)
class Loaders:
    """One loader per kind of record a field refers to, each finding only what the viewer reads
    (a record out of their scope is not found, as an unknown id)."""

    users: DataLoader[str, UserRow | None]
    customers: DataLoader[str, CustomerRow | None]
    histories: DataLoader[str, list[HistoryEntry]]
    opportunity_timelines: DataLoader[str, list[TimelineRow] | None]
    customer_parts: CustomerPartLoaders
    priority_task_types: DataLoader[str, bool | None]
    incidents: DataLoader[str, IncidentRow | None]
    repair_orders: DataLoader[str, RepairOrderRow | None]
    notices: DataLoader[str, NoticeRow | None]
    opportunities: DataLoader[str, OpportunityRow | None]
    tasks: DataLoader[str, TaskRow | None]
    contacts: DataLoader[str, ContactRow | None]
    timesheet_lines: DataLoader[str, TimesheetLineRow | None]
    units: DataLoader[str, UnitRow | None]
    projects: DataLoader[str, ProjectRow | None]
    cases: DataLoader[str, CaseRow | None]
    task_types: DataLoader[str, CatalogueEntryRow | None]
    emails: DataLoader[str, EmailRow | None]
    record_emails: DataLoader[FirstPage, Page[EmailRow]]
    messages: DataLoader[str, MessageRow | None]
    record_messages: DataLoader[FirstPage, Page[MessageRow]]
    message_readers: DataLoader[str, list[tuple[str, str | None]] | None]
    message_attachments: DataLoader[str, list[dict[str, str | int]] | None]
    unit_children: DataLoader[FirstPage, Page[UnitRow]]
    unit_members: DataLoader[FirstPage, Page[UserRow]]
    agenda_entries: DataLoader[str, AgendaItemRow | None]
    catalogues: DataLoader[str, CatalogueRow | None]
    companies: DataLoader[str, str | None]
    kinds: DataLoader[str, str | None]

    @classmethod
    def for_request(cls, api: ReadApi, scope: Scope) -> "Loaders":
        # Users and priority types are the company's own: everyone of it reads them.
        company_id = scope.company_id
        own = Scope.own(company_id, scope.user_id)
        return cls(
            users=_rows_by_id(api, company_id, users_by_ids),
            customers=_rows_by_id(api, scope, customers_by_ids),
            histories=_histories(api),
            opportunity_timelines=_rows_by_id(api, scope, timelines_of),
            customer_parts=CustomerPartLoaders.for_request(api, scope),
            priority_task_types=_rows_by_id(api, company_id, priority_task_types),
            incidents=_rows_by_id(api, scope, incidents_by_ids),
            repair_orders=_rows_by_id(api, scope, REPAIR_ORDERS.by_ids),
            notices=_rows_by_id(api, scope, NOTICES.by_ids),
            opportunities=_rows_by_id(api, scope, OPPORTUNITIES.by_ids),
            tasks=_rows_by_id(api, scope, tasks_by_ids),
            contacts=_rows_by_id(api, scope, CONTACT_LIST.by_ids),
            timesheet_lines=_rows_by_id(api, scope, TIMESHEET_LINES.by_ids),
            units=_rows_by_id(api, company_id, units_by_ids),
            projects=_rows_by_id(api, scope, PROJECTS.by_ids),
            cases=_rows_by_id(api, scope, CASES.by_ids),
            task_types=_rows_by_id(api, company_id, task_types),
            emails=_rows_by_id(api, scope, EMAILS.by_ids),
            record_emails=first_pages(api, scope, EMAILS, "relatedId"),
            # Messages are read as the viewer's own: those he sent or received.
            messages=_rows_by_id(api, own, MESSAGES.by_ids),
            record_messages=first_pages(api, own, MESSAGES, "relatedId"),
            message_readers=_rows_by_id(api, company_id, readers_of),
            message_attachments=_rows_by_id(api, company_id, attachments_of),
            unit_children=first_pages(api, scope, UNITS, "parentId"),
            unit_members=first_pages(api, scope, USERS, "unitId"),
            agenda_entries=_rows_by_id(api, scope, AGENDA_ITEMS.by_ids),
            catalogues=_rows_by_id(api, company_id, catalogues_by_ids),
            companies=_own_company(company_id),
            kinds=_kinds(api),
        )


def _rows_by_id(api: ReadApi, within: W, query: ByIds[W, T]) -> DataLoader[str, T | None]:
    async def load(ids: list[str]) -> list[T | None]:
        found = await api.run(query, within, ids)
        return [found.get(id_) for id_ in ids]

    return DataLoader(load_fn=load)


def _own_company(company_id: str) -> DataLoader[str, str | None]:
    """The viewer's company, by its id; any other company is none of his."""

    async def load(ids: list[str]) -> list[str | None]:
        return [id_ if id_ == company_id else None for id_ in ids]

    return DataLoader(load_fn=load)


def _kinds(api: ReadApi) -> DataLoader[str, str | None]:
    # The event store reads one record at a time: the kinds of a request's ids in one hop.
    async def load(record_ids: list[str]) -> list[str | None]:
        return await asyncio.to_thread(lambda: [api.kind_of(UUID(id_)) for id_ in record_ids])

    return DataLoader(load_fn=load)


def _histories(api: ReadApi) -> DataLoader[str, list[HistoryEntry]]:
    # The event store reads one record's stream at a time; batching still makes it one thread
    # hop per request, and the caller has already checked the records are the viewer's.
    async def load(record_ids: list[str]) -> list[list[HistoryEntry]]:
        return await asyncio.to_thread(lambda: [api.history(UUID(id_)) for id_ in record_ids])

    return DataLoader(load_fn=load)
