"""Which days an agenda view shows, and which visits a customer's visit plan makes in them."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from cronica.domain.customer_visit_plan import VisitPlan
from cronica.projections.agenda.rows import Slot
from cronica.projections.agenda.visits import AgendaView, view_days, visits_between

MADRID = ZoneInfo("Europe/Madrid")

WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("view", "on", "days"),
    [
        (AgendaView.DAY, WEDNESDAY, (WEDNESDAY, WEDNESDAY)),
        (AgendaView.WORK_WEEK, WEDNESDAY, (date(2026, 3, 2), date(2026, 3, 6))),
        (AgendaView.WEEK, WEDNESDAY, (date(2026, 3, 2), date(2026, 3, 8))),
        # A Sunday belongs to the week that started on the Monday before.
        (AgendaView.WEEK, date(2026, 3, 8), (date(2026, 3, 2), date(2026, 3, 8))),
        (AgendaView.WORK_WEEK, date(2026, 3, 8), (date(2026, 3, 2), date(2026, 3, 6))),
        # A week may span two months, or two years.
        (AgendaView.WEEK, date(2026, 1, 1), (date(2025, 12, 29), date(2026, 1, 4))),
        (AgendaView.MONTH, WEDNESDAY, (date(2026, 3, 1), date(2026, 3, 31))),
        (AgendaView.MONTH, date(2028, 2, 29), (date(2028, 2, 1), date(2028, 2, 29))),
        (AgendaView.MONTH, date(2026, 12, 31), (date(2026, 12, 1), date(2026, 12, 31))),
    ],
)
def test_a_view_shows_its_days(view: AgendaView, on: date, days: tuple[date, date]) -> None:
    assert view_days(view, on) == days


def plan(
    weekdays: list[str], frequency: str, starts_on: date, every: int | None = None
) -> VisitPlan:
    return VisitPlan(
        weekdays=tuple(weekdays),  # type: ignore[arg-type]
        window_starts=time(9),
        window_ends=time(11, 30),
        frequency=frequency,  # type: ignore[arg-type]
        starts_on=starts_on,
        every_weeks=every,
    )


def days_visited(visit_plan: VisitPlan, first: date, last: date) -> list[str]:
    return [visit.slot.day for visit in visits_between("plan", visit_plan, first, last, MADRID)]


def test_a_weekly_plan_visits_on_each_of_its_weekdays_from_the_day_it_starts() -> None:
    weekly = plan(["wednesday", "monday"], "weekly", starts_on=date(2026, 3, 3))

    assert days_visited(weekly, date(2026, 3, 1), date(2026, 3, 15)) == [
        "2026-03-04",
        "2026-03-09",
        "2026-03-11",
    ]


def test_a_fortnightly_plan_counts_its_weeks_from_the_week_it_starts_in() -> None:
    # Starting on a Thursday, the plan's first week is that Monday's: Mondays of weeks 0, 2, 4.
    fortnightly = plan(["monday", "thursday"], "fortnightly", starts_on=date(2026, 3, 5))

    assert days_visited(fortnightly, date(2026, 3, 1), date(2026, 3, 31)) == [
        "2026-03-05",
        "2026-03-16",
        "2026-03-19",
        "2026-03-30",
    ]


def test_every_n_weeks_skips_the_weeks_between() -> None:
    every_third = plan(["friday"], "every_n_weeks", starts_on=date(2026, 3, 2), every=3)

    assert days_visited(every_third, date(2026, 3, 1), date(2026, 4, 30)) == [
        "2026-03-06",
        "2026-03-27",
        "2026-04-17",
    ]


def test_a_monthly_plan_visits_on_the_first_of_its_weekdays_in_each_month() -> None:
    monthly = plan(["tuesday"], "monthly", starts_on=date(2026, 1, 15))

    assert days_visited(monthly, date(2026, 1, 1), date(2026, 4, 30)) == [
        "2026-02-03",
        "2026-03-03",
        "2026-04-07",
    ]


def test_a_visits_window_is_local_time_in_madrid_summer_or_winter() -> None:
    weekly = plan(["monday"], "weekly", starts_on=date(2026, 3, 1))

    winter, summer = visits_between("plan", weekly, date(2026, 3, 23), date(2026, 3, 30), MADRID)

    # Spain moves its clocks forward on 29 March 2026: 09:00 is 08:00 UTC, then 07:00 UTC.
    assert (winter.slot.starts_at, winter.slot.ends_at) == (
        "2026-03-23T08:00:00.000000+00:00",
        "2026-03-23T10:30:00.000000+00:00",
    )
    assert summer.slot.starts_at == "2026-03-30T07:00:00.000000+00:00"
    assert not winter.slot.all_day


def test_a_visit_keeps_its_id_and_another_plan_or_day_has_another() -> None:
    weekly = plan(["monday"], "weekly", starts_on=date(2026, 3, 1))
    week = (date(2026, 3, 2), date(2026, 3, 8))

    again = visits_between("plan", weekly, *week, MADRID)
    assert again == visits_between("plan", weekly, *week, MADRID)
    other_plan = visits_between("other", weekly, *week, MADRID)
    next_week = visits_between("plan", weekly, date(2026, 3, 9), date(2026, 3, 15), MADRID)
    assert len({again[0].id, other_plan[0].id, next_week[0].id}) == 3


def test_no_visit_before_a_plan_starts() -> None:
    later = plan(["monday", "tuesday"], "weekly", starts_on=date(2026, 6, 1))

    assert days_visited(later, date(2026, 3, 1), date(2026, 5, 31)) == []


def test_an_items_days_are_local_and_a_midnight_end_closes_the_day_before() -> None:
    whole_days = Slot.between(
        datetime.fromisoformat("2026-03-04T00:00+01:00"),
        datetime.fromisoformat("2026-03-06T00:00+01:00"),
        all_day=True,
    )
    late = Slot.between(
        datetime.fromisoformat("2026-03-04T23:30+01:00"),
        datetime.fromisoformat("2026-03-05T00:30+01:00"),
    )
    open_ended = Slot.between(datetime.fromisoformat("2026-03-04T18:00-05:00"), None)

    assert (whole_days.day, whole_days.last_day, whole_days.all_day) == (
        "2026-03-04",
        "2026-03-05",
        1,
    )
    # Late on the 4th in Madrid is already the 4th at 22:30 UTC; the local days count.
    assert (late.day, late.last_day, late.starts_at) == (
        "2026-03-04",
        "2026-03-05",
        "2026-03-04T22:30:00.000000+00:00",
    )
    # In New York at 18:00 it is the 4th, though in UTC it is the 5th.
    assert (open_ended.day, open_ended.last_day, open_ended.ends_at) == (
        "2026-03-04",
        "2026-03-04",
        None,
    )


def test_a_day_without_a_zone_is_a_whole_day_in_madrid() -> None:
    day = Slot.whole_day(date(2026, 7, 1))

    assert (day.starts_at, day.ends_at, day.all_day) == (
        "2026-06-30T22:00:00.000000+00:00",
        "2026-07-01T22:00:00.000000+00:00",
        1,
    )
    assert day.day == day.last_day == "2026-07-01"
