"""Each kind of record reaches the agenda of the user it concerns, on its days, and leaves it
when it no longer concerns him: tasks, repair orders' slots, agenda entries, an assigned
incident's entry, opportunities' days of next contact and customers' visit plans."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from cronica.commands.results import Principal
from cronica.ops.container import Container
from cronica.projections.agenda.queries import agenda_page
from cronica.projections.agenda.rows import AGENDA_TIME_ZONE, AgendaItemRow
from cronica.projections.agenda.visits import AgendaView, view_days
from cronica.projections.paging import Window
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.agenda_desk import AgendaDesk
from tests.fixtures.staff.office import Office

MADRID_WINTER = timezone(timedelta(hours=1))


class Agendas:
    """The office's agendas, read as GraphQL reads them, for next week (so an opportunity's
    next contact can be on any of its days)."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self.office = Office(container.application)
        self.desk = AgendaDesk(self.office)
        today = date.today()
        self.monday = today + timedelta(days=7 - today.weekday())
        self.week = view_days(AgendaView.WEEK, self.monday)

    def at(self, weekday: int, hour: int) -> datetime:
        return datetime.combine(self.monday + timedelta(days=weekday), time(hour), MADRID_WINTER)

    def rows(self, person: Principal, week: tuple[date, date] | None = None) -> list[AgendaItemRow]:
        """The items in the person's week (next week by default), soonest first."""
        self.container.runner.catch_up()
        store, company_id = self.container.store, str(person.company_id)
        days = week or self.week
        return agenda_page(
            store,
            whole_company(company_id),
            [str(person.user_id)],
            days,
            None,
            [],
            Window(first=100),
            AGENDA_TIME_ZONE,
        ).rows

    def of(self, person: Principal) -> list[tuple[str, str, str]]:
        """(kind, day, status) of each item in the person's next week."""
        return [(row.kind, row.day, row.status) for row in self.rows(person)]

    def day(self, weekday: int) -> str:
        return (self.monday + timedelta(days=weekday)).isoformat()


def test_a_task_is_in_its_operators_agenda_until_it_is_cancelled(container: Container) -> None:
    agendas = Agendas(container)
    sara = agendas.office.hire("Sara Vidal", "agent")
    customer = agendas.office.customer(sara, "Ferrer SL")

    in_preparation = agendas.desk.plan_task(sara, customer, agendas.at(1, 10)).id
    assert agendas.of(sara) == []

    agendas.desk.take_charge(sara, in_preparation)
    assert agendas.of(sara) == [("task", agendas.day(1), "planned")]

    agendas.desk.close_task(sara, in_preparation)
    cancelled = agendas.desk.plan_task(sara, customer, agendas.at(2, 9), operatorId=sara.user_id).id
    assert agendas.of(sara) == [
        ("task", agendas.day(1), "done"),
        ("task", agendas.day(2), "planned"),
    ]

    agendas.desk.cancel_task(sara, cancelled)
    assert agendas.of(sara) == [("task", agendas.day(1), "done")]


def test_a_repair_order_and_an_assigned_incident_reach_the_technician(
    container: Container,
) -> None:
    agendas = Agendas(container)
    rosa, pau = (
        agendas.office.hire("Rosa Pla", "manager"),
        agendas.office.hire("Pau Roig", "technician"),
    )
    customer = agendas.office.customer(rosa, "Ferrer SL")

    order = agendas.desk.receive_repair(rosa, customer, pau).id
    assert agendas.of(pau) == []
    agendas.desk.schedule_repair(rosa, order, pau, agendas.at(3, 16), agendas.at(3, 18))
    incident = agendas.office.open(rosa, customer, "Boiler stops").id
    agendas.office.assign(rosa, incident, pau)
    container.reactor.catch_up()
    assert agendas.of(pau) == [("repair_order", agendas.day(3), "scheduled")]

    # The assignment's entry is put at the time of the assignment: in this week's days, once.
    rows = agendas.rows(pau, view_days(AgendaView.WEEK, date.today()))
    assert [(row.kind, row.record_id, row.record_number) for row in rows] == [
        ("incident", str(incident), "INC-000001")
    ]
    assert rows[0].title == "INC-000001: Boiler stops" and rows[0].customer_id == str(customer)


def test_an_entry_moves_with_its_days_and_leaves_when_cancelled(container: Container) -> None:
    agendas = Agendas(container)
    sara = agendas.office.hire("Sara Vidal", "agent")
    wednesday = agendas.at(2, 0)

    entry = agendas.desk.put_entry(
        sara, wednesday, wednesday + timedelta(days=2), "Trade fair", allDay=True
    ).id
    assert agendas.of(sara) == [("agenda_entry", agendas.day(2), "scheduled")]

    agendas.desk.move_entry(sara, entry, agendas.at(4, 0), agendas.at(5, 0))
    agendas.desk.edit_entry(sara, entry, "Trade fair in Valencia")
    assert agendas.of(sara) == [("agenda_entry", agendas.day(4), "scheduled")]
    [row] = agendas.rows(sara)
    assert (row.title, row.all_day, row.last_day) == ("Trade fair in Valencia", 1, agendas.day(4))

    agendas.desk.cancel_entry(sara, entry)
    assert agendas.of(sara) == []


def test_an_opportunity_waits_in_its_agents_agenda_until_it_is_won(container: Container) -> None:
    agendas = Agendas(container)
    sara = agendas.office.hire("Sara Vidal", "agent")
    customer = agendas.office.customer(sara, "Ferrer SL")
    opportunity = agendas.desk.open_opportunity(sara, customer, "Ten boilers").id
    assert agendas.of(sara) == []

    agendas.desk.wait_for_customer(sara, opportunity, agendas.monday + timedelta(days=1))
    agendas.desk.wait_for_customer(sara, opportunity, agendas.monday + timedelta(days=4))
    assert agendas.of(sara) == [("opportunity_contact", agendas.day(4), "waiting")]
    [row] = agendas.rows(sara)
    assert (row.record_number, row.title, row.all_day) == ("OP-000001", "Ten boilers", 1)

    agendas.desk.win(sara, opportunity)
    assert agendas.of(sara) == []


def test_a_visit_plan_fills_its_representatives_weeks_until_it_is_cleared(
    container: Container,
) -> None:
    agendas = Agendas(container)
    sara, rosa = (
        agendas.office.hire("Sara Vidal", "agent"),
        agendas.office.hire("Rosa Pla", "manager"),
    )
    customer = agendas.office.customer(sara, "Ferrer SL")
    agendas.desk.plan_visits(sara, customer, ["monday", "wednesday"], agendas.monday)
    assert agendas.of(sara) == []  # nobody represents the customer yet

    agendas.desk.represent(rosa, customer, sara)
    assert agendas.of(sara) == [
        ("customer_visit", agendas.day(0), "planned"),
        ("customer_visit", agendas.day(2), "planned"),
    ]
    visit = agendas.rows(sara)[0]
    assert (visit.record_id, visit.record_number, visit.title) == (
        str(customer),
        "C-000001",
        "Ferrer SL",
    )

    agendas.desk.stop_visits(sara, customer)
    assert agendas.of(sara) == []
