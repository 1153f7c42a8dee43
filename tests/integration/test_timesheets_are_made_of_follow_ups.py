"""Timesheets: each follow-up is a line of the acting user's day, with its minutes and incident."""

from __future__ import annotations

from datetime import datetime

from cronica.ops.container import Container
from cronica.projections.timesheets.projection import line_id_for
from cronica.projections.timesheets.queries import timesheet
from cronica.projections.timesheets.rows import TimesheetLine
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office


def test_a_follow_up_is_a_line_of_the_acting_user_on_the_day_it_started(
    container: Container,
) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    fridge = office.open(ana, office.customer(ana, "Shop"), "Fridge")
    office.assign(ana, fridge.id, luis)
    # Late in the evening in New York: already the next day in UTC, but worked on the 2nd.
    followed = office.follow_up(
        luis, fridge.id, datetime.fromisoformat("2026-03-02T23:30-05:00"), 50
    )
    container.runner.catch_up()

    days = timesheet(
        container.store,
        whole_company(str(luis.company_id)),
        str(luis.user_id),
        "2026-03-01",
        "2026-03-31",
    )

    assert [(day.day, day.total_minutes) for day in days] == [("2026-03-02", 50)]
    assert days[0].lines == [
        TimesheetLine(
            id=line_id_for(fridge.id, followed.version),
            employee_id=str(luis.user_id),
            day="2026-03-02",
            started_at="2026-03-03T04:30:00.000000+00:00",
            ended_at="2026-03-03T05:20:00.000000+00:00",
            minutes=50,
            note="50 min",
            source_type="incident",
            source_id=str(fridge.id),
            source_number="INC-000001",
        )
    ]
    assert (
        timesheet(
            container.store,
            whole_company(str(ana.company_id)),
            str(ana.user_id),
            "2026-03-01",
            "2026-03-31",
        )
        == []
    )


def test_days_total_their_lines_and_the_range_is_inclusive(container: Container) -> None:
    office = Office(container.application)
    eva, luis = office.hire("Eva", "technician"), office.hire("Luis", "technician")
    shop = office.customer(eva, "Shop")
    fridge, oven = office.open(eva, shop, "Fridge").id, office.open(eva, shop, "Oven").id
    for incident, start, minutes in [
        (fridge, "2026-03-02T09:00+01:00", 30),
        (oven, "2026-03-02T08:00+01:00", 45),
        (fridge, "2026-03-04T10:00+01:00", 60),
        (oven, "2026-03-06T10:00+01:00", 15),
        (fridge, "2026-03-09T10:00+01:00", 20),
    ]:
        office.follow_up(eva, incident, datetime.fromisoformat(start), minutes)
    office.follow_up(luis, fridge, datetime.fromisoformat("2026-03-04T12:00+01:00"), 90)
    container.runner.catch_up()

    days = timesheet(
        container.store,
        whole_company(str(eva.company_id)),
        str(eva.user_id),
        "2026-03-02",
        "2026-03-06",
    )

    assert [(day.day, day.total_minutes) for day in days] == [
        ("2026-03-02", 75),
        ("2026-03-04", 60),
        ("2026-03-06", 15),
    ]
    # Within a day, lines come in the order they started.
    assert [(line.source_number, line.minutes) for line in days[0].lines] == [
        ("INC-000002", 45),
        ("INC-000001", 30),
    ]
    other_company = Office(container.application, slug="globex").hire("Gus", "manager")
    assert (
        timesheet(
            container.store,
            whole_company(str(other_company.company_id)),
            str(eva.user_id),
            "2026-03-01",
            "2026-03-31",
        )
        == []
    )
