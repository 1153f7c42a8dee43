"""An opportunity's timeline: every event with who, when, the status before and after, its
comment, the next contact date and its other details, as the events alone say."""

from __future__ import annotations

import json

from cronica.ops.container import Container
from cronica.projections.opportunity_timeline.queries import timelines_of
from cronica.projections.opportunity_timeline.rows import timeline_entry_id_for
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.sales import Sales, in_days


def test_a_sale_waited_for_worked_on_won_reopened_and_lost_shows_each_step(
    container: Container,
) -> None:
    office = Office(container.application)
    sales = Sales(office)
    marta, pau = office.hire("Marta", "agent"), office.hire("Pau", "manager")
    customer = office.customer(marta, "Ferrer SL")
    opened = sales.open(
        marta, customer, "Label printers", source="fair", amount="1200.50", notes="Met at the fair"
    ).id
    sales.assign(marta, opened, pau)
    call = sales.act(pau, opened, "call", "Call the buyer")
    sales.wait(pau, opened, "Budget in April", in_days(10))
    sales.done(pau, opened, call)
    sales.work(pau, opened, "Quote sent")
    sales.win(pau, opened, "F-2026-7")
    sales.reopen(marta, opened, "The goods came back")
    sales.lose(marta, opened, "delivery_time", "Keep stock")
    container.runner.catch_up()

    timeline = timelines_of(container.store, whole_company(str(marta.company_id)), [str(opened)])[
        str(opened)
    ]

    marta_id, pau_id = str(marta.user_id), str(pau.user_id)
    steps = [
        (row.version, row.kind, row.actor_id, row.status_before, row.status_after, row.comment)
        for row in timeline
    ]
    assert steps == [
        (1, "opened", marta_id, None, "new", "Met at the fair"),
        (2, "assigned", marta_id, "new", "new", None),
        (3, "action_recorded", pau_id, "new", "new", "Call the buyer"),
        (4, "followed_up", pau_id, "new", "waiting", "Budget in April"),
        (5, "action_done", pau_id, "waiting", "waiting", "Call the buyer"),
        (6, "followed_up", pau_id, "waiting", "working", "Quote sent"),
        (7, "won", pau_id, "working", "won", None),
        (8, "reopened", marta_id, "won", "working", "The goods came back"),
        (9, "lost", marta_id, "working", "lost", "delivery_time"),
    ]
    next_contacts = [row.next_contact_on for row in timeline]
    assert next_contacts == [None, None, None, in_days(10).isoformat(), *[None] * 5]
    details = [json.loads(row.details) for row in timeline]
    assert details[0]["source"] == "fair"
    assert details[0]["expected_amount_cents"] == 120050
    assert details[0]["customer_id"] == str(customer)
    assert details[1] == {"agent_id": pau_id}
    assert details[2] == {"action_id": str(call), "action_kind": "call", "done": False}
    assert details[4] == {"action_id": str(call)}
    assert details[6] == {"invoice_number": "F-2026-7"}
    assert details[8] == {"reason": "delivery_time", "what_to_improve": "Keep stock"}
    times = [row.at for row in timeline]
    assert times == sorted(times)
    assert timeline[3].id == timeline_entry_id_for(opened, 4)


def test_timelines_are_read_for_several_opportunities_of_the_readers_company_only(
    container: Container,
) -> None:
    office = Office(container.application)
    sales = Sales(office)
    ana = office.hire("Ana", "manager")
    customer = office.customer(ana, "Shop")
    quiet = sales.open(ana, customer, "Quiet").id
    busy = sales.open(ana, customer, "Busy").id
    sales.work(ana, busy, "Called")
    sales.win(ana, busy, "F-1")
    rival = Office(container.application, slug="rival")
    gus = rival.hire("Gus", "manager")
    theirs = Sales(rival).open(gus, rival.customer(gus, "Cafe"), "Theirs").id
    container.runner.catch_up()

    asked = [str(busy), str(quiet), str(theirs), "no-such-opportunity"]
    timelines = timelines_of(container.store, whole_company(str(ana.company_id)), asked)

    assert list(timelines) == asked  # every id asked for answers, in the order asked
    assert [row.kind for row in timelines[str(busy)]] == ["opened", "followed_up", "won"]
    assert [row.kind for row in timelines[str(quiet)]] == ["opened"]
    assert timelines[str(theirs)] == timelines["no-such-opportunity"] == []
