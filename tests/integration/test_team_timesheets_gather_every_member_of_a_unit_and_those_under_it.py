"""Team timesheets: a manager reads the timesheets of a business unit's members and of every
unit under it, in one query whatever the team's size; members who did not work have no days."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cronica.domain.ownership import root_unit_id_for
from cronica.ops.container import Container
from cronica.projections.timesheets.queries import timesheets
from cronica.projections.users.queries import team_of
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.business_units import move, unit
from tests.fixtures.staff.office import Office
from tests.fixtures.transaction_counter import TransactionCounter

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)
MARCH = ("2026-03-01", "2026-03-31")


def test_a_teams_timesheets_hold_each_member_of_the_unit_and_of_the_units_under_it(
    container: Container,
) -> None:
    office = Office(container.application)
    admin, ana = office.hire("Root", "admin"), office.hire("Ana", "manager")
    luis, eva = office.hire("Luis", "technician"), office.hire("Eva", "technician")
    pau = office.hire("Pau", "technician")
    workshop = unit(office, admin, "Workshop", root_unit_id_for(admin.company_id))
    bench = unit(office, admin, "Bench", workshop)
    move(office, admin, luis, workshop)
    move(office, admin, eva, bench)
    move(office, admin, pau, bench)
    incident = office.open(ana, office.customer(ana, "Shop"), "Fridge").id
    office.follow_up(luis, incident, MONDAY, 30)
    office.follow_up(eva, incident, MONDAY + timedelta(hours=1), 45)
    office.follow_up(eva, incident, MONDAY + timedelta(days=1), 20)
    office.follow_up(ana, incident, MONDAY, 60)  # not in the workshop
    container.runner.catch_up()
    company_id = str(ana.company_id)

    members = team_of(container.store, company_id, str(workshop))
    assert [member.name for member in members] == ["Eva", "Luis", "Pau"]
    counter = TransactionCounter(container.store)
    found = timesheets(container.store, whole_company(company_id), [m.id for m in members], *MARCH)

    assert counter.count == 1
    assert {
        member.name: [(day.day, day.total_minutes, len(day.lines)) for day in found[member.id]]
        for member in members
    } == {
        "Eva": [("2026-03-02", 45, 1), ("2026-03-03", 20, 1)],
        "Luis": [("2026-03-02", 30, 1)],
        "Pau": [],
    }
    bench_only = team_of(container.store, company_id, str(bench))
    assert [member.name for member in bench_only] == ["Eva", "Pau"]
    assert timesheets(container.store, whole_company(company_id), [], *MARCH) == {}
