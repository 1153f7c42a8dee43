"""The agenda's own copies of other records: incidents' and customers' numbers and names (which
the items show), customers' representatives and visit plans, and the digests of the users'
calendar feed secrets. Part of the agenda projection (`projection.AgendaProjection`)."""

from __future__ import annotations

from typing import Any

from cronica.domain.customer import Customer
from cronica.domain.incident import Incident
from cronica.domain.user import User
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor

_PLAN_FIELDS = ("weekdays", "window_starts", "window_ends", "frequency", "every_weeks", "starts_on")


def apply_to_records(cursor: Cursor, event: Any) -> None:
    """Changes the agenda's copies for an event of an incident, a customer or a user; ignores
    every other event."""
    record_id = id_text(event.originator_id)
    if isinstance(event, Incident.Created):
        _insert_record(cursor, event, event.subject, id_text(event.customer_id))
    elif isinstance(event, Customer.Created):
        _insert_record(cursor, event, event.name, record_id)
    elif isinstance(event, Customer.Renamed):
        cursor.execute("UPDATE agenda_records SET title = ? WHERE id = ?", (event.name, record_id))
    elif isinstance(event, Customer.RepresentativeAssigned):
        cursor.execute(
            "UPDATE agenda_records SET user_id = ? WHERE id = ?",
            (str(event.representative_id), record_id),
        )
    elif isinstance(event, Customer.VisitPlanSet):
        _set_visit_plan(cursor, event)
    elif isinstance(event, Customer.VisitPlanCleared):
        cursor.execute("DELETE FROM agenda_visit_plans WHERE id = ?", (record_id,))
    elif isinstance(event, User.CalendarFeedIssued):
        # One secret per user: a new one replaces the old, whose URL then finds nothing.
        cursor.execute("DELETE FROM agenda_calendar_feeds WHERE user_id = ?", (record_id,))
        cursor.execute(
            "INSERT INTO agenda_calendar_feeds (digest, company_id, user_id) VALUES (?, ?, ?)",
            (event.digest, id_text(event.company_id), record_id),
        )


def _insert_record(cursor: Cursor, event: Any, title: str, customer_id: str) -> None:
    """An incident's or customer's copy: its number, subject or name, and customer."""
    cursor.execute(
        "INSERT INTO agenda_records (id, company_id, number, title, customer_id, user_id)"
        " VALUES (?, ?, ?, ?, ?, NULL)",
        (id_text(event.originator_id), id_text(event.company_id), event.number, title, customer_id),
    )


def _set_visit_plan(cursor: Cursor, event: Any) -> None:
    """The customer's plan, replacing any earlier one; weekdays as comma-separated names."""
    plan = event.plan
    values = (
        ",".join(plan["weekdays"]),
        plan["window_starts"],
        plan["window_ends"],
        plan["frequency"],
        plan["every_weeks"],
        plan["starts_on"],
    )
    record_id = id_text(event.originator_id)
    cursor.execute("DELETE FROM agenda_visit_plans WHERE id = ?", (record_id,))
    cursor.execute(
        f"INSERT INTO agenda_visit_plans (id, company_id, {', '.join(_PLAN_FIELDS)}, version,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record_id,
            id_text(event.company_id),
            *values,
            event.originator_version,
            utc_text(event.timestamp),
        ),
    )
