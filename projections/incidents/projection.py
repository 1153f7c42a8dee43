"""The incident list's projection: a row when an incident is opened, changed by each later
event (assigned, followed up, closed, reopened)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cronica.domain.incident import Incident, IncidentStatus
from cronica.projections.incidents.rows import INCIDENTS, INCIDENTS_TABLE, IncidentRow
from cronica.projections.projection import Projection
from cronica.projections.rows import (
    PRIORITY_RANK,
    id_text,
    insert_row,
    minutes_between,
    unit_moved,
    update_stamped,
    utc_text,
)
from cronica.projections.store import Cursor


class IncidentListProjection(Projection):
    """Rows of `incidents`: each incident as its latest event left it."""

    name = "incidents"
    tables = ("incidents",)
    ddl = (INCIDENTS_TABLE, *INCIDENTS.indexes())

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Incident.Created):
            insert_row(cursor, "incidents", _opened(event))
        elif (change := _change(event)) is not None:
            update_stamped(cursor, "incidents", event, *change)


def _opened(event: Incident.Created) -> IncidentRow:
    article: Mapping[str, Any] = event.article or {}
    at = utc_text(event.timestamp)
    return IncidentRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
        number=event.number,
        customer_id=id_text(event.customer_id),
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
        priority_rank=PRIORITY_RANK[event.priority],
    )


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns an incident's later event sets (besides version and updated_at)."""
    if isinstance(event, Incident.MovedToUnit):
        return unit_moved(event)
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
