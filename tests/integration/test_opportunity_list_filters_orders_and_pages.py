"""The opportunity list: each opportunity as its events left it, filtered, ordered and paged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from cronica.domain.opportunity import Opportunity
from cronica.ops.container import Container
from cronica.projections.filtering import AnyOf, Condition, Filter, NoneOf
from cronica.projections.opportunities.rows import OPPORTUNITIES
from cronica.projections.paging import Window
from cronica.projections.rows import utc_text
from tests.fixtures.known_states.opportunities import SalesFloor
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.sales import Sales, in_days

OrderBy = Sequence[tuple[str, bool]]
BY_NUMBER: OrderBy = (("number", False),)


@pytest.fixture
def floor(container: Container) -> SalesFloor:
    return SalesFloor(container)


def numbers(
    floor: SalesFloor,
    filter_: Filter | None = None,
    order_by: Sequence[tuple[str, bool]] = BY_NUMBER,
) -> list[int]:
    page = OPPORTUNITIES.page(
        floor.container.store, whole_company(floor.company_id), filter_, order_by, Window(first=50)
    )
    return [int(row.number.removeprefix("OP-")) for row in page.rows]


def test_a_row_holds_what_the_opportunitys_events_said(container: Container) -> None:
    office = Office(container.application)
    sales = Sales(office)
    marta, pau = office.hire("Marta", "agent"), office.hire("Pau", "manager")
    customer = office.customer(marta, "Ferrer SL")
    opened = sales.open(
        marta, customer, "Label printers", type="renewal", source="fair", amount="980.10"
    ).id
    sales.assign(marta, opened, pau)
    call = sales.act(pau, opened, "call", "Call the buyer")
    sales.act(pau, opened, "visit", "Showroom visit", done=True)
    sales.act(pau, opened, "email", "Send the catalogue")
    sales.done(pau, opened, call)
    sales.wait(pau, opened, "Budget in April", in_days(7))
    container.runner.catch_up()

    def row() -> dict[str, Any]:
        found = OPPORTUNITIES.by_ids(
            container.store, whole_company(str(marta.company_id)), [str(opened)]
        )
        return vars(found[str(opened)])

    waiting = row()
    assert {key: waiting[key] for key in ("number", "type", "subject", "source", "priority")} == {
        "number": "OP-000001",
        "type": "renewal",
        "subject": "Label printers",
        "source": "fair",
        "priority": "normal",
    }
    assert (waiting["customer_id"], waiting["agent_id"]) == (str(customer), str(pau.user_id))
    assert (waiting["amount_cents"], waiting["open_actions"]) == (98010, 1)
    assert (waiting["status"], waiting["next_contact_on"]) == ("waiting", in_days(7).isoformat())

    sales.lose(pau, opened, "competitor", "Faster delivery")
    container.runner.catch_up()
    lost = row()
    opportunity = container.application.repository.get(opened)
    assert isinstance(opportunity, Opportunity)
    assert (lost["status"], lost["next_contact_on"]) == ("lost", None)
    assert (lost["lost_reason"], lost["what_to_improve"]) == ("competitor", "Faster delivery")
    assert lost["version"] == opportunity.version == 8
    assert lost["created_at"] == utc_text(opportunity.created_on)
    assert lost["closed_at"] == lost["updated_at"] == utc_text(opportunity.modified_on)

    sales.reopen(pau, opened, "They called back")
    sales.win(pau, opened, "F-2026-9")
    container.runner.catch_up()
    won = row()
    assert (won["status"], won["invoice_number"]) == ("won", "F-2026-9")
    assert (won["lost_reason"], won["what_to_improve"]) == (None, None)
    assert won["closed_at"] > lost["closed_at"]


def test_opportunities_are_filtered_by_status_agent_type_source_and_reason(
    floor: SalesFloor,
) -> None:
    assert numbers(floor, Condition("status", "in", ["new", "waiting", "working"])) == [1, 2, 6]
    assert numbers(floor, Condition("agentId", "eq", str(floor.jordi.user_id))) == [2, 5]
    assert numbers(floor, Condition("agentId", "is_null", True)) == [4]
    assert numbers(floor, Condition("type", "eq", "renewal")) == [2, 5]
    assert numbers(floor, Condition("source", "eq", "fair")) == [1, 5, 6]
    assert numbers(floor, Condition("lostReason", "eq", "price")) == [4, 7]
    assert numbers(floor, Condition("customerId", "eq", str(floor.bar))) == [2, 4, 6]
    assert numbers(floor, Condition("nextContactOn", "is_null", False)) == [2]
    assert numbers(floor, Condition("subject", "contains", "PRINT")) == [1]


def test_opportunities_are_filtered_by_amount_not_by_cents(floor: SalesFloor) -> None:
    assert numbers(floor, Condition("amount", "gte", 800)) == [1, 3, 5]
    assert numbers(floor, Condition("amount", "lt", 250.51)) == [2]
    assert numbers(floor, Condition("amount", "is_null", True)) == [4]
    # Without an amount, an opportunity is not above 400: `not` keeps it.
    assert numbers(floor, NoneOf(AnyOf([Condition("amount", "gt", 400)]))) == [2, 4, 6]


def test_missing_amounts_sort_first_on_every_database(floor: SalesFloor) -> None:
    assert numbers(floor, order_by=[("amount", False)]) == [4, 2, 6, 7, 5, 1, 3]
    assert numbers(floor, order_by=[("amount", True)]) == [3, 1, 5, 7, 6, 2, 4]
    assert numbers(floor, order_by=[("priority", True), ("number", False)]) == [6, 2, 3, 4, 5, 7, 1]
    assert numbers(floor, order_by=[("closedAt", False), ("number", True)]) == [6, 2, 1, 3, 4, 5, 7]
    assert numbers(floor, order_by=[]) == [7, 6, 5, 4, 3, 2, 1]  # newest first


def test_pages_cover_every_opportunity_once(floor: SalesFloor) -> None:
    store, company = floor.container.store, floor.company_id
    order = [("status", False)]  # ties on status: the id orders them, the same on each page
    pages = [OPPORTUNITIES.page(store, whole_company(company), None, order, Window(first=3))]
    while pages[-1].has_next:
        after_it = Window(after=pages[-1].positions[-1], first=3)
        pages.append(OPPORTUNITIES.page(store, whole_company(company), None, order, after_it))

    assert [page.total_count for page in pages] == [7, 7, 7]
    paged = [row.id for page in pages for row in page.rows]
    assert sorted(paged) == sorted(str(id_) for id_ in floor.ids)
    assert [row.status for page in pages for row in page.rows] == [
        "lost",
        "lost",
        "lost",
        "new",
        "waiting",
        "won",
        "working",
    ]


def test_another_company_sees_none_of_these_opportunities(floor: SalesFloor) -> None:
    other = Office(floor.container.application, slug="globex")
    boss = other.hire("Gus", "manager")
    Sales(other).open(boss, other.customer(boss, "Cafe"), "Coffee machine")
    floor.container.runner.catch_up()

    assert numbers(floor) == [1, 2, 3, 4, 5, 6, 7]
    theirs = OPPORTUNITIES.page(
        floor.container.store, whole_company(str(boss.company_id)), None, BY_NUMBER, Window(first=9)
    )
    assert [row.subject for row in theirs.rows] == ["Coffee machine"]
    assert (
        OPPORTUNITIES.by_ids(
            floor.container.store, whole_company(str(boss.company_id)), [str(floor.ids[0])]
        )
        == {}
    )
