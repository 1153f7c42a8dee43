"""A newcomer loads the demo and opens GraphiQL with the manager's token: this week's agenda,
the work queues, opportunities, repair orders, notices, messages, customers, agents' figures and
technicians' timesheets all have something to show, and so does README's example query."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cronica.commands.identity import authenticate
from cronica.ops.demo.loading import load_demo
from cronica.ops.settings import Settings
from cronica.projections.agenda.rows import AGENDA_TIME_ZONE
from tests.fixtures.http.graphql_client import Person, running_app

README = Path(__file__).parents[2] / "README.md"

MANAGERS_DESK = """
query ($today: Date!, $monthStarts: DateTime!, $monthEnds: DateTime!) {
  agenda(view: WEEK, date: $today, first: 100) { edges { node { kind title } } }
  urgentTasks { totalCount }
  tasksInPreparation { totalCount }
  tasksWithoutFollowUp { totalCount }
  tasksWithoutDeadline { totalCount }
  opportunities(first: 50) { edges { node { status } } }
  opportunityPipeline(groupBy: STATUS) { key count }
  repairOrders(first: 50) { edges { node { status technician { id name } minutesWorked } } }
  searchOrders(text: "caldera") { totalCount }
  notices(first: 50) { edges { node { status } } }
  inbox(first: 50) { edges { node { subject unread reminder attachmentCount } } }
  noticeBoard { counts { alerts notices messages total } }
  customers(first: 50) { edges { node { id representativeId } } }
  agentActivity(from: $monthStarts, to: $monthEnds) { agent { name } done pending }
}
"""

CUSTOMER_VIEW = """
query ($id: ID!) {
  customer(id: $id) {
    name
    contacts { name phone }
    addresses { kind city }
    valuations { kind score }
    visitPlan { weekdays frequency }
    representative { name }
  }
}
"""

TECHNICIANS_WEEK = """
query ($technician: ID!, $today: Date!) {
  agenda(userId: $technician, view: WEEK, date: $today) { totalCount }
}
"""

TIMESHEET = """
query ($employee: ID!, $from: Date!, $to: Date!) {
  timesheet(employeeId: $employee, from: $from, to: $to) {
    employee { name } totalMinutes days { lines { sourceType } }
  }
}
"""


def load_the_demo(settings: Settings, var_dir: Path) -> tuple[Settings, str]:
    """The demo loaded as `make run` loads it; its settings and the manager's token."""
    demo_settings = settings.model_copy(update={"var_dir": var_dir})
    assert load_demo(demo_settings, only_if_empty=True) == 0
    printed = (var_dir / "demo-token.txt").read_text()
    return demo_settings, printed.partition("Authorization: Bearer ")[2].split("\n")[0].strip()


def month_around(day: date) -> tuple[datetime, datetime]:
    starts = day.replace(day=1)
    ends = (starts + timedelta(days=31)).replace(day=1)
    return (
        datetime.combine(starts, time(), AGENDA_TIME_ZONE),
        datetime.combine(ends, time(), AGENDA_TIME_ZONE),
    )


def readme_query() -> str:
    """README's example query (its agenda is this week's)."""
    query = re.search(r"```graphql\n(.*?)```", README.read_text(), re.DOTALL)
    assert query is not None, "README.md has a ```graphql block"
    return query.group(1)


def test_the_demo_manager_finds_something_in_every_read_model(
    settings: Settings, tmp_path: Path
) -> None:
    demo_settings, token = load_the_demo(settings, tmp_path)
    today = datetime.now(AGENDA_TIME_ZONE).date()
    monday = today - timedelta(days=today.weekday())
    month_starts, month_ends = month_around(today)
    with running_app(demo_settings) as api:
        manager = Person(authenticate(api.app, token), token)
        desk: dict[str, Any] = api.read(
            manager,
            MANAGERS_DESK,
            today=today.isoformat(),
            monthStarts=month_starts.isoformat(),
            monthEnds=month_ends.isoformat(),
        )

        week = {edge["node"]["kind"] for edge in desk["agenda"]["edges"]}
        assert {"TASK", "AGENDA_ENTRY", "OPPORTUNITY_CONTACT"} <= week
        for queue in ("urgentTasks", "tasksInPreparation", "tasksWithoutFollowUp"):
            assert desk[queue]["totalCount"] > 0, queue
        assert desk["tasksWithoutDeadline"]["totalCount"] > 0
        statuses = {edge["node"]["status"] for edge in desk["opportunities"]["edges"]}
        assert statuses == {"NEW", "WAITING", "WORKING", "WON", "LOST"}
        assert {group["key"] for group in desk["opportunityPipeline"]} == {
            "new", "waiting", "working", "won", "lost"
        }  # fmt: skip
        orders = [edge["node"] for edge in desk["repairOrders"]["edges"]]
        assert {order["status"] for order in orders} >= {"RECEIVED", "SCHEDULED", "VERIFIED"}
        assert desk["searchOrders"]["totalCount"] > 0
        notices = {edge["node"]["status"] for edge in desk["notices"]["edges"]}
        assert notices == {"OPEN", "RESOLVED"}
        inbox = [edge["node"] for edge in desk["inbox"]["edges"]]
        assert any(message["unread"] and message["attachmentCount"] for message in inbox)
        assert any(message["reminder"] for message in inbox)
        counts = desk["noticeBoard"]["counts"]
        assert counts["alerts"] > 0 and counts["notices"] > 0 and counts["messages"] > 0
        assert desk["agentActivity"]

        represented = [
            edge["node"]["id"]
            for edge in desk["customers"]["edges"]
            if edge["node"]["representativeId"]
        ]
        assert len(represented) == 1
        customer = api.read(manager, CUSTOMER_VIEW, id=represented[0])["customer"]
        assert customer["contacts"] and customer["valuations"]
        assert {address["kind"] for address in customer["addresses"]} == {"BILLING", "VISIT"}
        assert customer["visitPlan"]["frequency"] == "WEEKLY"
        assert customer["representative"]["name"]

        technicians = {order["technician"]["id"] for order in orders if order["technician"]}
        assert len(technicians) == 2
        for technician in technicians:
            agenda = api.read(manager, TECHNICIANS_WEEK, technician=technician, today=str(today))
            assert agenda["agenda"]["totalCount"] > 0
        repairer = next(order["technician"] for order in orders if order["minutesWorked"])
        sheet = api.read(
            manager,
            TIMESHEET,
            employee=repairer["id"],
            **{"from": monday.isoformat(), "to": (monday + timedelta(days=6)).isoformat()},
        )["timesheet"]
        assert sheet["employee"]["name"] == repairer["name"]
        assert sheet["totalMinutes"] > 0


def test_readmes_example_query_shows_the_demo_managers_week_and_urgent_tasks(
    settings: Settings, tmp_path: Path
) -> None:
    demo_settings, token = load_the_demo(settings, tmp_path)
    with running_app(demo_settings) as api:
        manager = Person(authenticate(api.app, token), token)

        week = api.read(manager, readme_query())

    assert week["me"]["role"] == "manager"
    assert week["agenda"]["edges"]
    assert week["urgentTasks"]["totalCount"] > 0
    assert week["urgentTasks"]["edges"]
