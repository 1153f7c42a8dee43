"""Timesheets beyond incident follow-ups: work registered on a repair order is a line of the
technician who did it; a line added by hand is a line of its employee, changed when it is
corrected and gone when it is withdrawn. Rebuilt from zero, the rows are the live ones."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from uuid import UUID, uuid4

from cronica.commands.models.timesheets import (
    AddTimesheetLine,
    CorrectTimesheetLine,
    WithdrawTimesheetLine,
)
from cronica.commands.results import Principal, Written
from cronica.commands.timesheets import (
    add_timesheet_line,
    correct_timesheet_line,
    withdraw_timesheet_line,
)
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import Reception, ScheduledSlot, Warranty, WorkDone
from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from cronica.projections.timesheets.projection import line_id_for
from cronica.projections.timesheets.queries import timesheet
from cronica.projections.timesheets.rows import TimesheetLine
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office, call_of

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)
MARCH = ("2026-03-01", "2026-03-31")


def repair(office: Office, who: Principal, number: str, work: list[WorkDone]) -> UUID:
    """A repair order received, scheduled and worked on, saved as `who` records it."""
    with acting_as(CommandContext(str(who.user_id), f"test:{uuid4()}")):
        order = RepairOrder.receive(
            company_id=who.company_id,
            number=number,
            customer_id=uuid4(),
            reception=Reception(who.user_id, MONDAY, "Does not print", (), Warranty(False)),
        )
        first = work[0]
        order.schedule(ScheduledSlot(first.technician_id, first.started_at, first.ended_at))
        for done in work:
            order.register_work(done)
    office.app.save(order)
    return order.id


def add_line(office: Office, who: Principal, for_whom: Principal, start: datetime) -> Written:
    command = AddTimesheetLine(
        employee_id=for_whom.user_id,
        work_centre="Valencia",
        department="Workshop",
        started_at=start,
        ended_at=start + timedelta(hours=1),
        description="Stocktaking",
    )
    return add_timesheet_line(call_of(office.app, who), command)


def lines_of(container: Container, who: Principal) -> list[TimesheetLine]:
    container.runner.catch_up()
    days = timesheet(container.store, whole_company(str(who.company_id)), str(who.user_id), *MARCH)
    return [line for day in days for line in day.lines]


def test_repair_work_is_a_line_of_the_technician_who_did_it(container: Container) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    tuesday = MONDAY + timedelta(days=1)
    work = [
        WorkDone(luis.user_id, "Replaced the fuser", MONDAY, MONDAY + timedelta(minutes=45)),
        WorkDone(ana.user_id, "Tested it", tuesday, tuesday + timedelta(minutes=10), True),
    ]
    order_id = repair(office, ana, "REP-000001", work)  # Ana records both

    assert lines_of(container, luis) == [
        TimesheetLine(
            id=line_id_for(order_id, 3),
            employee_id=str(luis.user_id),
            day="2026-03-02",
            started_at="2026-03-02T08:00:00.000000+00:00",
            ended_at="2026-03-02T08:45:00.000000+00:00",
            minutes=45,
            note="Replaced the fuser",
            source_type="repair_order",
            source_id=str(order_id),
            source_number="REP-000001",
        )
    ]
    assert [(line.day, line.minutes, line.note) for line in lines_of(container, ana)] == [
        ("2026-03-03", 10, "Tested it")
    ]


def test_a_line_added_by_hand_is_corrected_and_withdrawn_in_its_timesheet(
    container: Container,
) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    own = add_line(office, luis, luis, MONDAY)
    added_by_manager = add_line(office, ana, luis, MONDAY + timedelta(days=1))

    assert [(line.id, line.source_type, line.source_id, line.source_number, line.minutes)
            for line in lines_of(container, luis)] == [
        (str(own.id), "manual", str(own.id), "", 60),
        (str(added_by_manager.id), "manual", str(added_by_manager.id), "", 60),
    ]  # fmt: skip
    assert lines_of(container, ana) == []

    # Late in the evening in New York: the 5th there, already the 6th in UTC.
    evening = datetime.fromisoformat("2026-03-05T22:00-05:00")
    correction = CorrectTimesheetLine(
        started_at=evening, ended_at=evening + timedelta(minutes=90), description="Inventory"
    )
    correct_timesheet_line(call_of(office.app, luis), own.id, correction)
    withdrawal = WithdrawTimesheetLine(reason="Entered twice")
    withdraw_timesheet_line(call_of(office.app, ana), added_by_manager.id, withdrawal)

    (corrected,) = lines_of(container, luis)
    assert (corrected.id, corrected.day, corrected.minutes, corrected.note) == (
        str(own.id),
        "2026-03-05",
        90,
        "Inventory",
    )
    assert corrected.started_at == "2026-03-06T03:00:00.000000+00:00"


def test_the_timesheets_rebuilt_from_zero_equal_the_live_ones(container: Container) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    incident = office.open(ana, office.customer(ana, "Shop"), "Fridge").id
    lines = []
    for day in range(6):
        start = MONDAY + timedelta(days=day)
        office.follow_up(luis, incident, start, 30)
        work = [WorkDone(luis.user_id, "Repaired", start, start + timedelta(minutes=20))]
        repair(office, ana, f"REP-{day:06}", work)
        lines.append(add_line(office, luis, luis, start + timedelta(hours=2)).id)
        container.runner.catch_up()  # live rows are built in several batches
    correction = CorrectTimesheetLine(description="Inventory")
    correct_timesheet_line(call_of(office.app, luis), lines[0], correction)
    withdrawal = WithdrawTimesheetLine(reason="Entered twice")
    withdraw_timesheet_line(call_of(office.app, ana), lines[1], withdrawal)
    assert len(lines_of(container, luis)) == 17
    projection = next(p for p in container.runner.projections if p.name == "timesheets")
    live = snapshot(container.store, projection.tables)

    container.runner.rebuild("timesheets")

    assert snapshot(container.store, projection.tables) == live
