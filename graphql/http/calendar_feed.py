"""`GET /calendar/{secret}.ics`: a user's agenda as an iCalendar (RFC 5545) feed that calendar
programs subscribe to. The secret in the URL is the only credential (calendar programs send no
other); `POST /v1/me/calendar-feed` issues it, and an unknown or replaced one finds nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from fastapi import APIRouter, HTTPException, Response, status
from icalendar import Calendar, Event

from cronica.graphql.read_api import ReadApi
from cronica.projections.agenda.queries import agenda_page, feed_owner
from cronica.projections.agenda.rows import AgendaItemRow
from cronica.projections.companies.queries import settings_of
from cronica.projections.paging import Window
from cronica.projections.scope import Scope
from cronica.projections.users.queries import users_by_ids

DAYS_BACK = 30
DAYS_AHEAD = 180
MOST_ITEMS = 5000
"""A bound on one feed's size (the window's items, far more than an agenda holds)."""
MEDIA_TYPE = "text/calendar; charset=utf-8"


def calendar_feed_router(read_api: Callable[[], ReadApi]) -> APIRouter:
    """The feed's route; `read_api` gives the process's ReadApi when a request comes."""
    router = APIRouter(tags=["ops"])

    @router.get(
        "/calendar/{secret}.ics",
        summary="A user's agenda as an iCalendar feed",
        description=f"The items from {DAYS_BACK} days ago to {DAYS_AHEAD} days ahead, one VEVENT "
        "each; 404 for a secret that opens no feed.",
        response_class=Response,
        responses={200: {"content": {"text/calendar": {}}}, 404: {"description": "No such feed."}},
    )
    def calendar_feed(secret: str) -> Response:
        store = read_api().store
        owner = feed_owner(store, secret)
        if owner is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no calendar feed has this address")
        company_id, user_id = owner
        now = datetime.now(UTC)
        zone = settings_of(store, company_id).zone
        today = now.astimezone(zone).date()
        days = (today - timedelta(days=DAYS_BACK), today + timedelta(days=DAYS_AHEAD))
        # The feed is its owner's: it reads what is the owner's own, whatever his role.
        own = Scope.own(company_id, user_id)
        window = Window(first=MOST_ITEMS)
        items = agenda_page(store, own, [user_id], days, None, [], window, zone).rows
        user = users_by_ids(store, company_id, [user_id]).get(user_id)
        name = f"Cronica: {user.name}" if user else "Cronica"
        return Response(calendar_of(name, items, now), media_type=MEDIA_TYPE)

    return router


def calendar_of(name: str, items: list[AgendaItemRow], now: datetime) -> bytes:
    """The iCalendar text of the items: all-day items as DATE values, the others in UTC."""
    calendar = Calendar()
    calendar.add("prodid", "-//Cronica//Agenda//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in items:
        calendar.add_component(_event_of(item, now))
    return calendar.to_ical()


def _event_of(item: AgendaItemRow, now: datetime) -> Event:
    event = Event()
    # The item's id is stable across reads and rebuilds, so a subscriber updates, never
    # duplicates, an item that moved or changed.
    event.add("uid", f"{item.id}@cronica")
    event.add("dtstamp", now)
    event.add("last-modified", datetime.fromisoformat(item.updated_at))
    event.add("sequence", item.version)
    number = f"{item.record_number} " if item.record_number else ""
    event.add("summary", f"{number}{item.title}")
    description = f"{item.kind.replace('_', ' ')}, {item.status}"
    event.add("description", f"{description}\n{item.notes}" if item.notes else description)
    event.add("categories", [item.kind])
    if item.all_day:
        event.add("dtstart", date.fromisoformat(item.day))
        event.add("dtend", date.fromisoformat(item.last_day) + timedelta(days=1))
    else:
        event.add("dtstart", datetime.fromisoformat(item.starts_at))
        if item.ends_at:
            event.add("dtend", datetime.fromisoformat(item.ends_at))
    return event
