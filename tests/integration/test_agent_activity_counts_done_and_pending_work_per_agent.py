"""Agent activity: per agent and period, the records each one did and has pending, and how long
doing them took, by kind; a record counts for whoever has it now, and counts as pending again
once reopened. Rebuilt from zero, the rows are the live ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from cronica.commands.results import Principal
from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from cronica.projections.agent_activity.queries import AgentActivity, agent_activity
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.agent_work import AgentWork
from tests.fixtures.staff.office import Office

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)
WEEK = (datetime(2026, 3, 2, tzinfo=MADRID), datetime(2026, 3, 9, tzinfo=MADRID))


def figures(
    container: Container, who: Principal, since: datetime, until: datetime, **only: list[str]
) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Per agent id and kind: (done, pending, reopened)."""
    container.runner.catch_up()
    found = agent_activity(
        container.store, whole_company(str(who.company_id)), since, until, **only
    )
    return {
        agent.agent_id: {k.kind: (k.done, k.pending, k.reopened) for k in agent.kinds}
        for agent in found
    }


def averages(activities: list[AgentActivity]) -> dict[str, dict[str, float | None]]:
    return {
        agent.agent_id: {k.kind: k.average_resolution_minutes for k in agent.kinds}
        for agent in activities
    }


def talleres_ruiz(
    container: Container,
) -> tuple[AgentWork, Principal, Principal, Principal, Principal]:
    """Work for the customer Talleres Ruiz, which the manager Ana gives, and its staff: Ana,
    Luis and Eva (technicians) and Sara (agent)."""
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    eva, sara = office.hire("Eva", "technician"), office.hire("Sara", "agent")
    return AgentWork(office, ana, office.customer(ana, "Talleres Ruiz")), ana, luis, eva, sara


def rebuilt_equals_live(container: Container) -> bool:
    projection = next(p for p in container.runner.projections if p.name == "agent_activity")
    live = snapshot(container.store, projection.tables)
    container.runner.rebuild("agent_activity")
    return bool(live["agent_work_items"]) and snapshot(container.store, projection.tables) == live


def test_notices_repairs_and_history_notes_count_when_they_were_taken_and_done(
    container: Container,
) -> None:
    work, ana, luis, eva, sara = talleres_ruiz(container)
    answered = work.notice(luis, MONDAY)
    work.resolve_notice(luis, answered, MONDAY + timedelta(minutes=90))
    work.notice(luis, MONDAY)  # never answered
    work.notice(luis, MONDAY + timedelta(days=8))  # after the week
    delivered = work.repair(eva, MONDAY)
    work.deliver(eva, delivered, MONDAY + timedelta(days=1))
    work.repair(eva, MONDAY - timedelta(days=3))  # received before the week, still in the shop
    work.history_note(sara, MONDAY + timedelta(hours=2), 30)

    assert figures(container, ana, *WEEK) == {
        str(luis.user_id): {"notice": (1, 1, 0)},
        str(eva.user_id): {"repair_order": (1, 1, 0)},
        str(sara.user_id): {"task": (1, 0, 0)},
    }
    week = agent_activity(container.store, whole_company(str(ana.company_id)), *WEEK)
    assert averages(week) == {
        str(luis.user_id): {"notice": 90.0},
        str(eva.user_id): {"repair_order": 24 * 60.0},
        str(sara.user_id): {"task": 30.0},
    }
    assert [agent.agent_id for agent in week][-1] == str(sara.user_id)  # nothing pending
    # Before the notice was answered both were pending; the repair was not delivered yet.
    assert figures(container, ana, WEEK[0], MONDAY + timedelta(hours=1)) == {
        str(luis.user_id): {"notice": (0, 2, 0)},
        str(eva.user_id): {"repair_order": (0, 2, 0)},
    }
    assert rebuilt_equals_live(container)


def test_reassigned_and_reopened_records_count_for_their_current_agent(
    container: Container,
) -> None:
    work, ana, luis, eva, sara = talleres_ruiz(container)
    office = work.office
    since = datetime.now(UTC) - timedelta(seconds=1)
    handed_on = office.open(ana, work.customer, "Jam").id
    office.assign(ana, handed_on, luis)
    office.assign(ana, handed_on, eva)
    for reopened in (False, True):
        incident = office.open(ana, work.customer, "Noise").id
        office.assign(ana, incident, luis)
        office.close(luis, incident)
        if reopened:
            office.reopen(ana, incident)
    followed = work.task(sara, since + timedelta(days=1))
    work.follow_up_task(sara, followed, since + timedelta(days=2))  # the next task is pending
    work.cancel_task(sara, work.task(sara, since + timedelta(days=1)))
    work.task(None, since + timedelta(days=1))  # in preparation: nobody's yet
    closed_again = work.task(sara, since + timedelta(days=1))
    work.close_task(sara, closed_again)
    work.reopen_task(sara, closed_again)
    work.win(sara, work.opportunity(sara))
    lost = work.opportunity(sara)
    work.lose(sara, lost)
    work.reopen_opportunity(ana, lost)
    until = datetime.now(UTC) + timedelta(hours=1)

    assert figures(container, ana, since, until) == {
        str(eva.user_id): {"incident": (0, 1, 0)},
        str(luis.user_id): {"incident": (1, 1, 1)},
        str(sara.user_id): {"task": (1, 2, 1), "opportunity": (1, 1, 1)},
    }
    assert figures(container, ana, since, until, kinds=["opportunity"]) == {
        str(sara.user_id): {"opportunity": (1, 1, 1)},
    }
    by_eva = agent_activity(container.store, whole_company(str(ana.company_id)), since, until)[-1]
    assert (by_eva.agent_id, by_eva.average_resolution_minutes) == (str(eva.user_id), None)
    assert figures(container, ana, until, until + timedelta(days=1)) == {
        str(eva.user_id): {"incident": (0, 1, 0)},
        str(luis.user_id): {"incident": (0, 1, 1)},
        str(sara.user_id): {"task": (0, 2, 1), "opportunity": (0, 1, 1)},
    }
    assert figures(container, ana, since - timedelta(days=1), since) == {}
    assert rebuilt_equals_live(container)
