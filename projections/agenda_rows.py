"""The agenda's rows: what an item is, the tables that hold items and what they are made from,
and how items are listed (filters and orders clients may use).

An item's `day` is the day it starts and `last_day` the day it ends, both as local days in the
time zone its times were given in; an agenda view asks for the items whose days overlap its own.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from cronica.projections.listing import Listing
from cronica.projections.rows import utc_text

AGENDA_TIME_ZONE = ZoneInfo("Europe/Madrid")
"""Where the times that are given without a zone happen: a visit plan's window and an
opportunity's day of next contact (Cronica's companies are Spanish; no record carries a zone)."""


class AgendaItemKind(StrEnum):
    TASK = "task"
    REPAIR_ORDER = "repair_order"
    AGENDA_ENTRY = "agenda_entry"
    OPPORTUNITY_CONTACT = "opportunity_contact"
    INCIDENT = "incident"
    """An agenda entry about an incident (the one its assignment puts in the technician's)."""
    CUSTOMER_VISIT = "customer_visit"
    """One visit of a customer's visit plan, expanded from the plan when a range is read."""


@dataclass(frozen=True)
class AgendaItemRow:
    """Something in `user_id`'s agenda from `starts_at` to `ends_at` (UTC text; no end: a task
    without a deadline). `record_id` and `record_number` name the record it comes from (an
    agenda entry is its own record, without a number; an incident's entry names the incident);
    `version` and `updated_at` are that source record's."""

    id: str
    company_id: str
    user_id: str
    kind: str
    record_id: str
    record_number: str | None
    title: str
    notes: str
    starts_at: str
    ends_at: str | None
    all_day: int
    day: str
    last_day: str
    status: str
    customer_id: str | None
    version: int
    updated_at: str


AGENDA_COLUMNS = [f.name for f in fields(AgendaItemRow)]

AGENDA_FILTER_FIELDS: dict[str, str] = {
    "kind": "kind",
    "status": "status",
    "userId": "user_id",
    "customerId": "customer_id",
    "recordId": "record_id",
    "title": "title",
    "startsAt": "starts_at",
    "day": "day",
    # Compared as a boolean: a filter's true or false is a boolean parameter on PostgreSQL.
    "allDay": "(all_day = 1)",
}

AGENDA_ORDER_FIELDS: dict[str, str] = {
    "startsAt": "starts_at",
    "day": "day",
    "kind": "kind",
    "title": "title",
    "status": "status",
    "updatedAt": "updated_at",
}

AGENDA_ITEMS: Listing[AgendaItemRow] = Listing(
    table="agenda_items",
    row_type=AgendaItemRow,
    filter_fields=AGENDA_FILTER_FIELDS,
    order_fields=AGENDA_ORDER_FIELDS,
    default_order=[("startsAt", False)],
)

_ITEM_COLUMNS_DDL = (
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, user_id TEXT{required}, kind TEXT NOT NULL,"
    " record_id TEXT NOT NULL, record_number TEXT, title TEXT NOT NULL, notes TEXT NOT NULL,"
    " starts_at TEXT{required}, ends_at TEXT, all_day INTEGER NOT NULL, day TEXT{required},"
    " last_day TEXT{required}, status TEXT NOT NULL, customer_id TEXT, version INTEGER NOT NULL,"
    " updated_at TEXT NOT NULL"
)

AGENDA_DDL = (
    # The shown items, each in one user's agenda on some days.
    f"CREATE TABLE IF NOT EXISTS agenda_items ({_ITEM_COLUMNS_DDL.format(required=' NOT NULL')})",
    "CREATE INDEX IF NOT EXISTS agenda_items_user_day"
    " ON agenda_items (company_id, user_id, day, last_day)",
    "CREATE INDEX IF NOT EXISTS agenda_items_record ON agenda_items (record_id)",
    *AGENDA_ITEMS.indexes(),
    # Every task, repair order, opportunity and entry as an item-to-be: its user or its times
    # may be missing (a task in preparation, an unscheduled order, an opportunity not waiting).
    f"CREATE TABLE IF NOT EXISTS agenda_sources ({_ITEM_COLUMNS_DDL.format(required='')})",
    # Incidents and customers: the numbers, names and representatives items show.
    "CREATE TABLE IF NOT EXISTS agenda_records ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,"
    " customer_id TEXT NOT NULL, user_id TEXT)",
    "CREATE TABLE IF NOT EXISTS agenda_visit_plans ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, weekdays TEXT NOT NULL,"
    " window_starts TEXT NOT NULL, window_ends TEXT NOT NULL, frequency TEXT NOT NULL,"
    " every_weeks INTEGER, starts_on TEXT NOT NULL, version INTEGER NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS agenda_calendar_feeds ("
    " digest TEXT PRIMARY KEY, company_id TEXT NOT NULL, user_id TEXT NOT NULL)",
)

AGENDA_TABLES = (
    "agenda_items",
    "agenda_sources",
    "agenda_records",
    "agenda_visit_plans",
    "agenda_calendar_feeds",
)


@dataclass(frozen=True)
class Slot:
    """An item's times as its columns hold them."""

    starts_at: str
    ends_at: str | None
    all_day: int
    day: str
    last_day: str

    @classmethod
    def between(cls, starts_at: datetime, ends_at: datetime | None, all_day: bool = False) -> Slot:
        """Local days in the zone the times carry; an end at a midnight ends the day before
        (as an all-day entry's does)."""
        day = starts_at.date()
        last = (ends_at - timedelta(microseconds=1)).date() if ends_at else day
        return cls(
            starts_at=utc_text(starts_at),
            ends_at=utc_text(ends_at) if ends_at else None,
            all_day=int(all_day),
            day=day.isoformat(),
            last_day=max(day, last).isoformat(),
        )

    @classmethod
    def whole_day(cls, day: date) -> Slot:
        """A day given without a zone, from midnight to midnight in `AGENDA_TIME_ZONE`."""
        starts = datetime.combine(day, time(0), AGENDA_TIME_ZONE)
        ends = datetime.combine(day + timedelta(days=1), time(0), AGENDA_TIME_ZONE)
        return cls.between(starts, ends, all_day=True)


NO_SLOT = (None, None, 0, None, None)
"""The slot columns of a record that is in nobody's agenda at any time."""
