"""The incident list: one row per incident, filtered, ordered and paged by the GraphQL API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from typing import Any

from cronica.domain.incident import Incident, IncidentStatus
from cronica.projections.filtering import Filter
from cronica.projections.listing import Listing
from cronica.projections.paging import Page
from cronica.projections.projection import Projection
from cronica.projections.rows import PRIORITY_RANK, minutes_between, update_stamped, utc_text
from cronica.projections.store import Cursor, ReadStore


@dataclass(frozen=True)
class IncidentRow:
    id: str
    company_id: str
    number: str
    customer_id: str
    contact_id: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    subject: str
    description: str
    priority: str
    type: str
    status: str
    assignee_id: str | None
    article_reference: str | None
    article_serial_number: str | None
    warranty_ends_on: str | None
    invoice_number: str | None
    invoice_date: str | None
    resolution: str | None
    minutes_worked: int
    opened_at: str
    closed_at: str | None
    updated_at: str
    version: int


_COLUMNS = [f.name for f in fields(IncidentRow)]

INCIDENT_FILTER_FIELDS: dict[str, str] = {
    "status": "status",
    "priority": "priority",
    "customerId": "customer_id",
    "assigneeId": "assignee_id",
    "openedAt": "opened_at",
    "closedAt": "closed_at",
    "number": "number",
    "subject": "subject",
    "type": "type",
}

INCIDENT_ORDER_FIELDS: dict[str, str] = {
    "openedAt": "opened_at",
    "updatedAt": "updated_at",
    "number": "number",
    "priority": "priority_rank",  # low < normal < high < urgent, not alphabetical
    "status": "status",
}

_NEWEST_FIRST = [("openedAt", True)]

INCIDENTS: Listing[IncidentRow] = Listing(
    table="incidents",
    row_type=IncidentRow,
    filter_fields=INCIDENT_FILTER_FIELDS,
    order_fields=INCIDENT_ORDER_FIELDS,
    default_order=_NEWEST_FIRST,
)


_DDL = (
    "CREATE TABLE IF NOT EXISTS incidents ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL,"
    " customer_id TEXT NOT NULL, contact_id TEXT, contact_name TEXT, contact_phone TEXT,"
    " contact_email TEXT, subject TEXT NOT NULL, description TEXT NOT NULL,"
    " priority TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL, assignee_id TEXT,"
    " article_reference TEXT, article_serial_number TEXT, warranty_ends_on TEXT,"
    " invoice_number TEXT, invoice_date TEXT, resolution TEXT,"
    " minutes_worked INTEGER NOT NULL, opened_at TEXT NOT NULL, closed_at TEXT,"
    " updated_at TEXT NOT NULL, version INTEGER NOT NULL, priority_rank INTEGER NOT NULL)",
    *INCIDENTS.indexes(),
)


class IncidentListProjection(Projection):
    """Rows of `incidents`: each incident as its latest event left it."""

    name = "incidents"
    tables = ("incidents",)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Incident.Created):
            cursor.execute(
                f"INSERT INTO incidents ({', '.join(_COLUMNS)}, priority_rank) "
                f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
                (*astuple(_opened(event)), PRIORITY_RANK[event.priority]),
            )
        elif (change := _change(event)) is not None:
            update_stamped(cursor, "incidents", event, *change)


def _opened(event: Incident.Created) -> IncidentRow:
    article = event.article or {}
    at = utc_text(event.timestamp)
    return IncidentRow(
        id=str(event.originator_id),
        company_id=str(event.company_id),
        number=event.number,
        customer_id=str(event.customer_id),
        contact_id=str(event.contact_id) if event.contact_id else None,
        contact_name=event.contact_name,
        contact_phone=event.contact_phone,
        contact_email=event.contact_email,
        subject=event.subject,
        description=event.description,
        priority=event.priority,
        type=event.incident_type,
        status=IncidentStatus.OPEN.value,
        assignee_id=None,
        article_reference=article.get("reference"),
        article_serial_number=article.get("serial_number"),
        warranty_ends_on=article.get("warranty_ends_on"),
        invoice_number=article.get("invoice_number"),
        invoice_date=article.get("invoice_date"),
        resolution=None,
        minutes_worked=0,
        opened_at=at,
        closed_at=None,
        updated_at=at,
        version=event.originator_version,
    )


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns an incident's later event sets (besides version and updated_at)."""
    if isinstance(event, Incident.Assigned):
        return "assignee_id = ?", (str(event.technician_id),)
    if isinstance(event, Incident.FollowedUp):
        return "minutes_worked = minutes_worked + ?", (
            minutes_between(event.started_at, event.ended_at),
        )
    if isinstance(event, Incident.Closed):
        closed = (IncidentStatus.CLOSED.value, event.resolution, utc_text(event.timestamp))
        return "status = ?, resolution = ?, closed_at = ?", closed
    if isinstance(event, Incident.Reopened):
        return "status = ?, resolution = NULL, closed_at = NULL", (IncidentStatus.OPEN.value,)
    return None


def list_incidents(
    store: ReadStore,
    company_id: str,
    filter_: Filter | None,
    order_by: Sequence[tuple[str, bool]],
    offset: int,
    limit: int,
) -> Page[IncidentRow]:
    """A page of the company's incidents matching the filter; `order_by` is (field, descending)
    pairs (newest opened first when empty), always ended by the id so pages never overlap."""
    return INCIDENTS.page(store, company_id, filter_, order_by, offset, limit)


def incidents_by_ids(
    store: ReadStore, company_id: str, ids: Sequence[str]
) -> dict[str, IncidentRow]:
    """The company's incidents with these ids, keyed by id; unknown ids are absent."""
    return INCIDENTS.by_ids(store, company_id, ids)
