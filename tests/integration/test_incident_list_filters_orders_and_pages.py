"""The incident list: each incident as its events left it, filtered, ordered and paged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

import pytest

from cronica.domain.incident import Incident
from cronica.ops.container import Container
from cronica.projections.filtering import AllOf, AnyOf, Condition, Filter, NoneOf
from cronica.projections.incidents.queries import incidents_by_ids, list_incidents
from cronica.projections.incidents.rows import IncidentRow
from cronica.projections.paging import Page, Position, UnknownOrderFieldError, Window
from cronica.projections.rows import utc_text
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office

BY_NUMBER = (("number", False),)


class Desk:
    """Six incidents of one company in known states (INC-000001 to INC-000006)."""

    def __init__(self, container: Container) -> None:
        self.container = container
        office = self.office = Office(container.application)
        ana = self.manager = office.hire("Ana", "manager")
        self.luis = office.hire("Luis", "technician")
        self.eva = office.hire("Eva", "technician")
        self.shop = office.customer(ana, "Shop")
        self.bar = office.customer(ana, "Bar")
        self.ids = [
            office.open(ana, self.shop, "Fridge", priority="low").id,
            office.open(ana, self.shop, "Oven", priority="urgent").id,
            office.open(ana, self.bar, "Till", priority="high").id,
            office.open(ana, self.bar, "Lights", priority="normal").id,
            office.open(ana, self.shop, "Door", priority="normal", resolution="oiled").id,
            office.open(ana, self.bar, "Pump", priority="urgent").id,
        ]
        office.assign(ana, self.ids[1], self.luis)
        office.close(ana, self.ids[2])
        office.assign(ana, self.ids[3], self.eva)
        office.close(ana, self.ids[3])
        office.reopen(ana, self.ids[3])
        container.runner.catch_up()

    def page(
        self,
        filter_: Filter | None = None,
        order_by: Sequence[tuple[str, bool]] = BY_NUMBER,
        limit: int = 50,
        after: Position | None = None,
    ) -> Page[IncidentRow]:
        company = str(self.manager.company_id)
        window = Window(after=after, first=limit)
        return list_incidents(
            self.container.store, whole_company(company), filter_, order_by, window
        )

    def numbers(
        self, filter_: Filter | None = None, order_by: Sequence[tuple[str, bool]] = BY_NUMBER
    ) -> list[int]:
        return [int(row.number.removeprefix("INC-")) for row in self.page(filter_, order_by).rows]


@pytest.fixture
def desk(container: Container) -> Desk:
    return Desk(container)


def test_a_row_holds_what_the_incidents_events_said(container: Container) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    customer = office.customer(ana, "Shop")
    contact = office.contact(ana, customer, "Marta Gil")
    article = {
        "reference": "FR-200",
        "serialNumber": "S1",
        "warrantyEndsOn": "2027-01-31",
        "invoiceNumber": "F-9",
        "invoiceDate": "2025-01-31",
    }
    opened = office.open(
        ana, customer, "Fridge", contactId=contact, article=article, type="breakdown"
    )
    office.assign(ana, opened.id, luis)
    start = datetime.fromisoformat("2026-03-02T09:00:00+01:00")
    office.follow_up(luis, opened.id, start, 45)
    office.follow_up(luis, opened.id, start + timedelta(hours=2), 30)
    closed = office.close(luis, opened.id)
    container.runner.catch_up()

    row = incidents_by_ids(container.store, whole_company(str(ana.company_id)), [str(opened.id)])[
        str(opened.id)
    ]
    incident = container.application.repository.get(opened.id)
    assert isinstance(incident, Incident)
    expected = {
        "number": "INC-000001",
        "customer_id": str(customer),
        "subject": "Fridge",
        "type": "breakdown",
        "contact_id": str(contact),
        "contact_name": "Marta Gil",
        "contact_phone": "600 000 000",
        "contact_email": "contact@example.es",
        "article_reference": "FR-200",
        "article_serial_number": "S1",
        "warranty_ends_on": "2027-01-31",
        "invoice_number": "F-9",
        "invoice_date": "2025-01-31",
        "status": "closed",
        "resolution": "fixed",
        "assignee_id": str(luis.user_id),
    }
    assert {field: getattr(row, field) for field in expected} == expected
    assert row.minutes_worked == 75
    assert row.version == closed.version == incident.version
    assert row.opened_at == utc_text(incident.created_on)
    assert row.updated_at == row.closed_at == utc_text(incident.modified_on)

    reopened = office.reopen(ana, opened.id)
    container.runner.catch_up()

    row = incidents_by_ids(container.store, whole_company(str(ana.company_id)), [str(opened.id)])[
        str(opened.id)
    ]
    assert (row.status, row.resolution, row.closed_at) == ("open", None, None)
    assert row.version == reopened.version
    assert row.updated_at > row.opened_at


def test_incidents_are_filtered_by_status_priority_customer_and_assignee(desk: Desk) -> None:
    assert desk.numbers(Condition("status", "eq", "open")) == [1, 2, 4, 6]
    assert desk.numbers(Condition("status", "eq", "closed")) == [3, 5]
    assert desk.numbers(Condition("priority", "in", ["urgent", "high"])) == [2, 3, 6]
    assert desk.numbers(Condition("customerId", "eq", str(desk.shop))) == [1, 2, 5]
    assert desk.numbers(Condition("assigneeId", "eq", str(desk.eva.user_id))) == [4]
    assert desk.numbers(Condition("assigneeId", "is_null", True)) == [1, 3, 5, 6]
    assert desk.numbers(Condition("subject", "contains", "IGH")) == [4]


def test_filters_combine_with_and_or_not(desk: Desk) -> None:
    open_ = Condition("status", "eq", "open")
    urgent = Condition("priority", "eq", "urgent")
    at_the_bar = Condition("customerId", "eq", str(desk.bar))

    assert desk.numbers(AllOf([open_, urgent])) == [2, 6]
    assert desk.numbers(AnyOf([urgent, at_the_bar])) == [2, 3, 4, 6]
    assert desk.numbers(NoneOf(AnyOf([urgent, at_the_bar]))) == [1, 5]
    assert desk.numbers(AllOf([open_, NoneOf(urgent), AnyOf([at_the_bar])])) == [4]


def test_incidents_are_filtered_by_the_time_they_were_opened(desk: Desk) -> None:
    opened = [row.opened_at for row in desk.page().rows]
    second, fifth = opened[1], opened[4]

    assert desk.numbers(
        AllOf([Condition("openedAt", "gte", second), Condition("openedAt", "lte", fifth)])
    ) == [2, 3, 4, 5]
    # A datetime is compared as the instant it is, whatever its time zone.
    in_new_york = datetime.fromisoformat(second).astimezone(timezone(timedelta(hours=-5)))
    assert desk.numbers(Condition("openedAt", "lt", in_new_york)) == [1]
    assert desk.numbers(Condition("closedAt", "is_null", False)) == [3, 5]


def test_incidents_are_ordered_by_priority_rank_not_alphabetically(desk: Desk) -> None:
    most_urgent_first = [("priority", True), ("number", False)]

    assert desk.numbers(order_by=most_urgent_first) == [2, 6, 3, 4, 5, 1]
    assert desk.numbers(order_by=[("status", False), ("number", True)]) == [5, 3, 6, 4, 2, 1]
    assert desk.numbers(order_by=[]) == [6, 5, 4, 3, 2, 1]  # newest opened first


def test_pages_cover_every_incident_once_and_count_them_all(desk: Desk) -> None:
    order = [("priority", False)]  # ties on priority: the id orders them, the same on each page
    pages = [desk.page(order_by=order, limit=2)]
    while pages[-1].has_next:
        pages.append(desk.page(order_by=order, limit=2, after=pages[-1].positions[-1]))

    assert [page.total_count for page in pages] == [6, 6, 6]
    assert [len(page.rows) for page in pages] == [2, 2, 2]
    assert [(page.has_previous, page.has_next) for page in pages] == [
        (False, True),
        (True, True),
        (True, False),
    ]
    paged = [row.id for page in pages for row in page.rows]
    assert paged == [row.id for row in desk.page(order_by=order).rows]
    assert sorted(paged) == sorted(str(i) for i in desk.ids)
    assert desk.page(Condition("status", "eq", "closed"), limit=1).total_count == 2


def test_another_company_sees_none_of_these_incidents(desk: Desk) -> None:
    other = Office(desk.container.application, slug="globex")
    boss = other.hire("Gus", "manager")
    other.open(boss, other.customer(boss, "Cafe"), "Grill")
    desk.container.runner.catch_up()

    assert desk.numbers() == [1, 2, 3, 4, 5, 6]
    theirs = list_incidents(
        desk.container.store, whole_company(str(boss.company_id)), None, BY_NUMBER, Window(first=10)
    )
    assert [row.subject for row in theirs.rows] == ["Grill"]
    assert (
        incidents_by_ids(
            desk.container.store, whole_company(str(boss.company_id)), [str(desk.ids[0])]
        )
        == {}
    )


def test_an_unknown_order_field_is_refused(desk: Desk) -> None:
    with pytest.raises(UnknownOrderFieldError):
        desk.page(order_by=[("description", False)])
