"""What every part of the demo data shares: the demo company's staff, the week the demo is loaded
in (the demo's only source of change: everything else it writes is fixed), and the request each
command of the demo is asked in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.attachments import AttachmentStore
from cronica.commands.call import CommandCall
from cronica.commands.results import Principal
from cronica.projections.agenda.rows import AGENDA_TIME_ZONE

# Where the demo's office is: its days and working hours are Madrid's, as agendas show them.
OFFICE_TIME_ZONE = AGENDA_TIME_ZONE
# How far back the work done "today" starts: a morning's work before the demo was loaded.
WORK_LOOKBACK = timedelta(hours=8)


@dataclass(frozen=True)
class DemoWeek:
    """The office's week (Monday to Sunday) around the moment the demo is loaded."""

    now: datetime

    @classmethod
    def around(cls, now: datetime) -> DemoWeek:
        return cls(now.astimezone(OFFICE_TIME_ZONE))

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def monday(self) -> date:
        return self.today - timedelta(days=self.today.weekday())

    def day(self, weekday: int) -> date:
        """The day of this week: 0 is Monday, 4 Friday."""
        return self.monday + timedelta(days=weekday)

    def at(self, weekday: int, hour: int, minute: int = 0) -> datetime:
        """A time of the office on a day of this week."""
        return datetime.combine(self.day(weekday), time(hour, minute), OFFICE_TIME_ZONE)

    def midnight(self, weekday: int) -> datetime:
        """The midnight a day of this week starts at (an all-day entry's bounds)."""
        return self.at(weekday, 0)

    def worked(self, minutes: int) -> datetime:
        """A moment of the work done before the demo was loaded: `minutes` into the hours
        before now, and never before this week's Monday, so that a timesheet of this week
        shows it even when the demo is loaded on Monday at dawn."""
        start = max(self.now - WORK_LOOKBACK, self.at(0, 0))
        return start + timedelta(minutes=minutes)

    def later_this_week(self) -> date:
        """A day of this week, not before today: Friday, or today at the weekend."""
        return max(self.day(4), self.today)


@dataclass(frozen=True)
class Staff:
    """The demo company's people, by what the demo has them do."""

    manager: Principal
    admin: Principal
    technicians: tuple[Principal, Principal]
    agent: Principal


@dataclass(frozen=True)
class DemoOffice:
    """The demo company's event store, its attachments, its staff and its week."""

    app: CronicaApplication
    attachments: AttachmentStore
    staff: Staff
    week: DemoWeek


@dataclass(frozen=True)
class DemoCustomer:
    """A customer the demo created, with the contact it gave him."""

    id: UUID
    contact_id: UUID
    name: str
    contact_name: str


def request(who: Principal) -> CommandRequest:
    """A request of its own for each command, as each click in the application would be."""
    return CommandRequest(
        actor_id=str(who.user_id), correlation_id=f"demo:{uuid.uuid4()}", unit_id=who.unit_id
    )


def call_of(app: CronicaApplication, who: Principal) -> CommandCall:
    """A command call of its own for `who`, as each click in the application would be."""
    return CommandCall(app, who, request(who))
