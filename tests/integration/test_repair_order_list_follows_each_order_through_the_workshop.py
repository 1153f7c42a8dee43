"""The repair order list: a row per order that follows it from reception to closing, and back
when it is reopened; filtered, ordered and paged on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from cronica.ops.container import Container
from cronica.projections.filtering import AllOf, Condition, Filter
from cronica.projections.listing import OrderBy
from cronica.projections.paging import Window
from cronica.projections.repair_orders.rows import REPAIR_ORDERS, RepairOrderRow
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.workshop import Workshop

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)


def row(container: Container, company_id: str, order_id: object) -> RepairOrderRow:
    container.runner.catch_up()
    return REPAIR_ORDERS.by_ids(container.store, whole_company(company_id), [str(order_id)])[
        str(order_id)
    ]


def test_an_order_is_received_repaired_delivered_verified_closed_and_reopened(
    container: Container,
) -> None:
    office = Office(container.application)
    agent, luis = office.hire("Marta Vidal", "agent"), office.hire("Luis Gil", "technician")
    eva = office.hire("Eva Ruiz", "technician")
    customer = office.customer(agent, "Ferrer SL")
    contact = office.contact(agent, customer, "Lucía Ferrer")
    shop, company = Workshop(office), str(agent.company_id)
    order = shop.receive(
        agent,
        customer,
        luis,
        "No enciende",
        MONDAY,
        contactId=contact,
        accessories=["cargador", "funda"],
        warranty={"inWarranty": True, "reference": "GAR-7"},
        priority="urgent",
    ).id

    received = row(container, company, order)
    assert received.priority == "urgent"
    assert (received.number, received.status, received.received_by, received.contact_id) == (
        "OR-000001",
        "received",
        str(luis.user_id),
        str(contact),
    )
    assert (received.accessories, received.in_warranty, received.warranty_reference) == (
        '["cargador", "funda"]',
        True,
        "GAR-7",
    )
    assert (received.received_at, received.priority) == (
        "2026-03-02T08:00:00.000000+00:00",
        "urgent",
    )

    shop.schedule(agent, order, eva, MONDAY + timedelta(days=1))
    shop.work(eva, order, "Cambiada la fuente", MONDAY + timedelta(days=1), 40)
    shop.schedule(agent, order, luis, MONDAY + timedelta(days=2))
    worked = row(container, company, order)
    assert (worked.status, worked.technician_id, worked.minutes_worked) == (
        "in_progress",  # a new slot does not take back an order already worked on
        str(luis.user_id),
        40,
    )
    assert worked.scheduled_starts_at == "2026-03-04T08:00:00.000000+00:00"

    finished_at = MONDAY + timedelta(days=2, minutes=20)
    shop.work(luis, order, "Probado", MONDAY + timedelta(days=2), 20, finishes=True)
    shop.use(luis, order, ("PSU-1", "Fuente", Decimal(1)), ("TRN-2", "Tornillos", Decimal(4)))
    shop.deliver(agent, order, MONDAY + timedelta(days=3))
    shop.verify(agent, order, 5, "Perfecto")
    closed = shop.close(agent, order)
    done = row(container, company, order)
    assert (done.status, done.minutes_worked, done.materials_count, done.rating) == (
        "closed",
        60,
        2,
        5,
    )
    assert done.finished_at == finished_at.astimezone(UTC).isoformat(timespec="microseconds")
    assert done.delivered_at == "2026-03-05T08:00:00.000000+00:00"
    assert done.version == closed.version

    shop.reopen(agent, order, "Vuelve a fallar")
    reopened = row(container, company, order)
    assert (reopened.status, reopened.finished_at, reopened.rating) == ("in_progress", None, 5)
    assert reopened.delivered_at == done.delivered_at  # the latest delivery stays on record


def test_a_low_rating_reopens_the_order_in_the_list(container: Container) -> None:
    office = Office(container.application)
    agent, luis = office.hire("Marta Vidal", "agent"), office.hire("Luis Gil", "technician")
    shop, company = Workshop(office), str(agent.company_id)
    order = shop.receive(agent, office.customer(agent, "Ferrer SL"), luis, "Ruido", MONDAY).id
    shop.schedule(agent, order, luis, MONDAY)
    shop.work(luis, order, "Engrasado", MONDAY, 15, finishes=True)
    shop.deliver(agent, order, MONDAY + timedelta(hours=5))
    shop.verify(agent, order, 2, "Sigue sonando")

    unsatisfied = row(container, company, order)
    assert (unsatisfied.status, unsatisfied.rating, unsatisfied.finished_at) == (
        "in_progress",
        2,
        None,
    )


def test_orders_are_filtered_ordered_and_paged(container: Container) -> None:
    office = Office(container.application)
    agent, luis = office.hire("Marta Vidal", "agent"), office.hire("Luis Gil", "technician")
    eva = office.hire("Eva Ruiz", "technician")
    shop, company = Workshop(office), str(agent.company_id)
    customers = [office.customer(agent, "Ferrer SL"), office.customer(agent, "Talleres Ruiz")]
    priorities = ["low", "urgent", "normal", "high"]
    for n, priority in enumerate(priorities):
        receiver = luis if n % 2 else eva
        shop.receive(
            agent, customers[n % 2], receiver, f"Fallo {n}", MONDAY + timedelta(days=n),
            priority=priority,
        )  # fmt: skip
    container.runner.catch_up()

    def numbers(filter_: Filter | None = None, order: OrderBy = ()) -> list[str]:
        page = REPAIR_ORDERS.page(
            container.store, whole_company(company), filter_, order, Window(first=10)
        )
        return [found.number for found in page.rows]

    assert numbers() == ["OR-000004", "OR-000003", "OR-000002", "OR-000001"]  # newest first
    assert numbers(order=[("priority", True)]) == [
        "OR-000002",
        "OR-000004",
        "OR-000003",
        "OR-000001",
    ]
    by_luis = AllOf([Condition("receivedBy", "eq", str(luis.user_id))])
    assert numbers(by_luis) == ["OR-000004", "OR-000002"]
    since_tuesday = AllOf(
        [
            Condition("customerId", "eq", str(customers[0])),
            Condition("receivedAt", "gte", MONDAY + timedelta(days=1)),
        ]
    )
    assert numbers(since_tuesday) == ["OR-000003"]
    by_number = [("number", False)]
    first = REPAIR_ORDERS.page(
        container.store, whole_company(company), None, by_number, Window(first=1)
    )
    second = REPAIR_ORDERS.page(
        container.store,
        whole_company(company),
        None,
        by_number,
        Window(after=first.positions[-1], first=2),
    )
    assert ([found.number for found in second.rows], second.total_count) == (
        ["OR-000002", "OR-000003"],
        4,
    )
