"""The days an agenda view covers, and the visits a customer's visit plan makes in a range of
days: the plan is kept whole and expanded only for the days read (it never ends)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from uuid import NAMESPACE_URL, uuid5
from zoneinfo import ZoneInfo

from cronica.domain.customer_visit_plan import VisitFrequency, VisitPlan, Weekday
from cronica.projections.agenda.rows import Slot

_WEEKDAYS = list(Weekday)  # Monday first, as date.weekday() counts
_DAYS_IN_A_WEEK = 7


class AgendaView(StrEnum):
    DAY = "day"
    WORK_WEEK = "work_week"
    """Monday to Friday."""
    WEEK = "week"
    """Monday to Sunday."""
    MONTH = "month"


def view_days(view: AgendaView, on: date) -> tuple[date, date]:
    """The first and last day of the view that shows `on` (weeks start on Monday; a working
    week asked for on a weekend is the one that ended on the Friday before)."""
    if view is AgendaView.DAY:
        return on, on
    if view is AgendaView.MONTH:
        first = on.replace(day=1)
        next_month = (first + timedelta(days=31)).replace(day=1)
        return first, next_month - timedelta(days=1)
    monday = _monday_of(on)
    last = monday + timedelta(days=4 if view is AgendaView.WORK_WEEK else 6)
    return monday, last


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Visit:
    """One visit of a plan: its item id (stable for the plan and the day) and its slot."""

    id: str
    plan_id: str
    slot: Slot


def visits_between(
    plan_id: str, plan: VisitPlan, first: date, last: date, zone: ZoneInfo
) -> list[Visit]:
    """The plan's visits from `first` to `last` inclusive, its window's times taken in `zone`
    (the company's).

    A visit falls on one of the plan's weekdays, not before the plan starts, and: every week
    (weekly); every second or every n-th week counted from the week the plan starts in
    (fortnightly, every_n_weeks); or, monthly, on the first such weekday of each month."""
    visits = []
    day = max(first, plan.starts_on)
    while day <= last:
        if _WEEKDAYS[day.weekday()] in plan.weekdays and _in_turn(plan, day):
            starts = datetime.combine(day, plan.window_starts, zone)
            ends = datetime.combine(day, plan.window_ends, zone)
            visit_id = uuid5(NAMESPACE_URL, f"cronica:agenda-visit:{plan_id}:{day.isoformat()}")
            visits.append(Visit(str(visit_id), plan_id, Slot.between(starts, ends)))
        day += timedelta(days=1)
    return visits


def _in_turn(plan: VisitPlan, day: date) -> bool:
    """Whether the week (or, monthly, the place in the month) of `day` is one the plan visits."""
    if plan.frequency is VisitFrequency.MONTHLY:
        return day.day <= _DAYS_IN_A_WEEK
    weeks_apart = (_monday_of(day) - _monday_of(plan.starts_on)).days // _DAYS_IN_A_WEEK
    every = {VisitFrequency.WEEKLY: 1, VisitFrequency.FORTNIGHTLY: 2}.get(plan.frequency)
    return weeks_apart % (every or plan.every_weeks or 1) == 0
