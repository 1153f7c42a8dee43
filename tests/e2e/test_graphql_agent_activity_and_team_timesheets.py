"""What managers read about their people through GraphQL: each agent's done and pending work in a
period (all agents, a team, some kinds), and a team's timesheets; others are refused, and a page
of agents costs the same few queries however many there are."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from cronica.domain.ownership import root_unit_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.agent_work import AgentWork
from tests.fixtures.staff.business_units import move, unit
from tests.fixtures.transaction_counter import TransactionCounter

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)
WEEK = {"from": "2026-03-02T00:00:00+01:00", "to": "2026-03-09T00:00:00+01:00"}

ACTIVITY = """
query ($from: DateTime!, $to: DateTime!, $team: ID, $kinds: [AgentWorkKind!]) {
  agentActivity(from: $from, to: $to, teamId: $team, kinds: $kinds) {
    agent { name } done pending reopened averageResolutionMinutes
    kinds { kind done pending averageResolutionMinutes }
  }
}
"""

TEAM_TIMESHEET = """
query ($team: ID!, $from: Date!, $to: Date!) {
  teamTimesheet(teamId: $team, from: $from, to: $to) {
    teamId totalMinutes
    members { employee { name } totalMinutes days { day totalMinutes } }
    days { day totalMinutes }
  }
}
"""

MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


def test_a_manager_reads_each_agents_done_and_pending_work_of_a_week(settings: Settings) -> None:
    with running_app(settings) as api:
        office = api.office
        admin, manager = api.hire("Root", "admin"), api.hire("Marta Vidal", "manager")
        luis, eva = api.hire("Luis Roca", "technician"), api.hire("Eva Gil", "technician")
        work = AgentWork(office, manager.who, office.customer(manager.who, "Talleres Ruiz"))
        for minutes in (30, 90):
            notice = work.notice(luis.who, MONDAY)
            work.resolve_notice(luis.who, notice, MONDAY + timedelta(minutes=minutes))
        work.notice(luis.who, MONDAY)
        order = work.repair(eva.who, MONDAY)
        work.deliver(eva.who, order, MONDAY + timedelta(hours=5))
        workshop = unit(office, admin.who, "Workshop", root_unit_id_for(admin.who.company_id))
        move(office, admin.who, luis.who, workshop)

        everyone = api.read(manager, ACTIVITY, **WEEK)["agentActivity"]
        assert everyone == [
            {
                "agent": {"name": "Luis Roca"},
                "done": 2,
                "pending": 1,
                "reopened": 0,
                "averageResolutionMinutes": 60.0,
                "kinds": [
                    {"kind": "NOTICE", "done": 2, "pending": 1, "averageResolutionMinutes": 60.0}
                ],
            },
            {
                "agent": {"name": "Eva Gil"},
                "done": 1,
                "pending": 0,
                "reopened": 0,
                "averageResolutionMinutes": 300.0,
                "kinds": [
                    {
                        "kind": "REPAIR_ORDER",
                        "done": 1,
                        "pending": 0,
                        "averageResolutionMinutes": 300.0,
                    }
                ],
            },
        ]
        team = api.read(manager, ACTIVITY, team=str(workshop), **WEEK)["agentActivity"]
        assert [agent["agent"]["name"] for agent in team] == ["Luis Roca"]
        repairs = api.read(manager, ACTIVITY, kinds=["REPAIR_ORDER"], **WEEK)["agentActivity"]
        assert [agent["agent"]["name"] for agent in repairs] == ["Eva Gil"]
        nobody = api.read(manager, ACTIVITY, team=str(uuid.uuid4()), **WEEK)["agentActivity"]
        assert nobody == []

        own = api.read(luis, ACTIVITY, **WEEK)["agentActivity"]  # his own work only
        assert [agent["agent"]["name"] for agent in own] == ["Luis Roca"]
        assert api.errors(luis, ACTIVITY, team=str(workshop), **WEEK) == [
            "only the team's managers, admins and auditors read a team's activity"
        ]
        backwards = api.errors(manager, ACTIVITY, **{"from": WEEK["to"], "to": WEEK["from"]})
        assert backwards == ["`to` must be after `from`"]


def test_a_manager_reads_a_teams_timesheets_and_its_total_per_day(settings: Settings) -> None:
    with running_app(settings) as api:
        office = api.office
        admin, manager = api.hire("Root", "admin"), api.hire("Marta Vidal", "manager")
        luis, eva = api.hire("Luis Roca", "technician"), api.hire("Eva Gil", "technician")
        workshop = unit(office, admin.who, "Workshop", root_unit_id_for(admin.who.company_id))
        bench = unit(office, admin.who, "Bench", workshop)
        move(office, admin.who, luis.who, workshop)
        move(office, admin.who, eva.who, bench)
        incident = office.open(manager.who, office.customer(manager.who, "Shop"), "Fridge").id
        office.follow_up(luis.who, incident, MONDAY, 30)
        office.follow_up(eva.who, incident, MONDAY + timedelta(hours=2), 45)
        office.follow_up(eva.who, incident, MONDAY + timedelta(days=1), 20)
        office.follow_up(manager.who, incident, MONDAY, 60)  # not in the workshop

        sheet = api.read(manager, TEAM_TIMESHEET, team=str(workshop), **MARCH)["teamTimesheet"]
        assert sheet == {
            "teamId": str(workshop),
            "totalMinutes": 95,
            "members": [
                {
                    "employee": {"name": "Eva Gil"},
                    "totalMinutes": 65,
                    "days": [
                        {"day": "2026-03-02", "totalMinutes": 45},
                        {"day": "2026-03-03", "totalMinutes": 20},
                    ],
                },
                {
                    "employee": {"name": "Luis Roca"},
                    "totalMinutes": 30,
                    "days": [{"day": "2026-03-02", "totalMinutes": 30}],
                },
            ],
            "days": [
                {"day": "2026-03-02", "totalMinutes": 75},
                {"day": "2026-03-03", "totalMinutes": 20},
            ],
        }
        unknown = api.read(manager, TEAM_TIMESHEET, team=str(uuid.uuid4()), **MARCH)
        assert unknown == {"teamTimesheet": None}
        assert api.errors(luis, TEAM_TIMESHEET, team=str(workshop), **MARCH) == [
            "only the team's managers, admins and auditors read a team's timesheets"
        ]


def test_the_activity_of_many_agents_costs_as_few_queries_as_that_of_one(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        manager = api.hire("Marta Vidal", "manager")
        technicians = [api.hire(f"Técnico {n}", "technician") for n in range(6)]
        work = AgentWork(api.office, manager.who, api.office.customer(manager.who, "Shop"))
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_with(agents: int) -> int:
            for technician in technicians[:agents]:
                work.notice(technician.who, MONDAY)
            api.container.runner.catch_up()
            before = counter.count
            answer = api.answer(manager, ACTIVITY, **WEEK)["data"]["agentActivity"]
            assert all(agent["agent"] for agent in answer)
            assert len(answer) == agents
            return counter.count - before

        # Who the viewer is (one snapshot), the figures, then one batch of users.
        assert queries_with(1) == queries_with(6) == 3
