"""The agenda's rows: what an item is, the tables that hold items and what they are made from,
and how items are listed (filters and orders clients may use).

An item's `day` is the day it starts and `last_day` the day it ends, both as local days in the
time zone its times were given in; an agenda view asks for the items whose days overlap its own.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, ClassVar
from zoneinfo import ZoneInfo

from cronica.domain.company_settings import DEFAULT_TIME_ZONE
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.rows import utc_text
from cronica.projections.scope import work

AGENDA_TIME_ZONE = ZoneInfo(DEFAULT_TIME_ZONE)
"""Where an opportunity's day of next contact is stored to start and end, as times: its item's
`day` is the day itself, whatever the zone, and the agenda shows it from midnight to midnight in
its company's time zone when it is read (`in_zone`). Agendas are read in their company's time
zone (`domain.company_settings`): its days, and the times of visit plans' windows."""


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

    scoped_by: ClassVar = work("user_id")

    id: str
    company_id: str
    user_id: Annotated[str, column(filter="id")]
    kind: Annotated[str, column(filter="enum", order=True, enum=AgendaItemKind)]
    record_id: Annotated[str, column(filter="id")]
    record_number: str | None
    title: Annotated[str, column(filter="text", order=True)]
    notes: str
    starts_at: Annotated[str, column(filter="time", order=True)]
    ends_at: str | None
    all_day: Annotated[int, column(filter="bool")]
    day: Annotated[str, column(filter="date", order=True)]
    last_day: str
    status: Annotated[str, column(filter="text", order=True)]
    customer_id: Annotated[str | None, column(filter="id")]
    version: int
    updated_at: Annotated[str, column(order=True)]


AGENDA_COLUMNS = [f.name for f in fields(AgendaItemRow)]

AGENDA_ITEMS: Listing[AgendaItemRow] = Listing.of(
    "agenda_items", AgendaItemRow, default_order=[("startsAt", False)]
)

AGENDA_DDL = (
    # The shown items, each in one user's agenda on some days.
    create_table("agenda_items", AgendaItemRow),
    "CREATE INDEX IF NOT EXISTS agenda_items_user_day"
    " ON agenda_items (company_id, user_id, day, last_day)",
    "CREATE INDEX IF NOT EXISTS agenda_items_record ON agenda_items (record_id)",
    *AGENDA_ITEMS.indexes(),
    # Every task, repair order, opportunity and entry as an item-to-be: its user or its times
    # may be missing (a task in preparation, an unscheduled order, an opportunity not waiting).
    create_table(
        "agenda_sources", AgendaItemRow, nullable=("user_id", "starts_at", "day", "last_day")
    ),
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
    def whole_day(cls, day: date, zone: ZoneInfo = AGENDA_TIME_ZONE) -> Slot:
        """A day given without a zone, from midnight to midnight in `zone`."""
        starts = datetime.combine(day, time(0), zone)
        ends = datetime.combine(day + timedelta(days=1), time(0), zone)
        return cls.between(starts, ends, all_day=True)

    def columns(self) -> tuple[str, str | None, int, str, str]:
        """Its values in the order of its fields (the columns): `astuple` would deep-copy each."""
        return (self.starts_at, self.ends_at, self.all_day, self.day, self.last_day)


def in_zone(row: AgendaItemRow, zone: ZoneInfo) -> AgendaItemRow:
    """The item as its company's agenda shows it: a day without a zone (an opportunity's next
    contact) from midnight to midnight in `zone`; any other item as stored."""
    if row.kind != AgendaItemKind.OPPORTUNITY_CONTACT.value or not row.all_day:
        return row
    slot = Slot.whole_day(date.fromisoformat(row.day), zone)
    return replace(row, starts_at=slot.starts_at, ends_at=slot.ends_at)


NO_SLOT = (None, None, 0, None, None)
"""The slot columns of a record that is in nobody's agenda at any time."""
