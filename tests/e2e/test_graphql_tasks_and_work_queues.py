"""The tasks and work queues of the GraphQL API: a manager reads every task, the urgent ones,
those in preparation, without follow-up or without a deadline, and the customers nobody has
followed up, each task with its operator, customer, urgency and history."""

from __future__ import annotations

from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.known_states.tasks import TaskDesk, numbers

QUEUES = """
query ($filter: TaskFilter) {
  tasks(filter: $filter, orderBy: [{field: NUMBER}]) { ...numbers }
  urgentTasks(filter: $filter) { ...numbers }
  tasksInPreparation(filter: $filter) { ...numbers }
  tasksWithoutFollowUp(filter: $filter) { ...numbers }
  tasksWithoutDeadline(filter: $filter) { ...numbers }
}
fragment numbers on TaskConnection { totalCount edges { node { number } } }
"""

TASK = """
query ($id: ID!) {
  task(id: $id) {
    number type tags status inPreparation isPriority isHistoryNote plannedStartsAt plannedEndsAt
    outcome followedUpById operator { name } customer { name } history { type }
  }
}
"""

CUSTOMERS = """
query ($days: Int!) {
  customersWithoutFollowUp(days: $days) {
    totalCount
    edges { node { customerId lastActivityAt customer { name } } }
  }
}
"""


def queue_numbers(data: dict[str, Any]) -> dict[str, list[int]]:
    return {
        queue: numbers([edge["node"]["number"] for edge in connection["edges"]])
        for queue, connection in data.items()
    }


def test_a_manager_reads_the_work_queues_and_filters_them(settings: Settings) -> None:
    with running_app(settings) as api:
        desk = TaskDesk(api.office)
        desk.tasks.prioritise(desk.admin, "visit")
        manager = api.hire("Rosa", "manager")

        assert queue_numbers(api.read(manager, QUEUES)) == {
            "tasks": [1, 2, 3, 4, 5, 6, 7, 8],
            "urgentTasks": [2, 6],
            "tasksInPreparation": [2, 3],
            "tasksWithoutFollowUp": [7, 4],
            "tasksWithoutDeadline": [2, 6],
        }
        by_bar = {"customerId": {"eq": str(desk.bar)}, "not": [{"tag": {"has": "vip"}}]}
        assert queue_numbers(api.read(manager, QUEUES, filter=by_bar)) == {
            "tasks": [2, 4, 5, 6],
            "urgentTasks": [2, 6],
            "tasksInPreparation": [2],
            "tasksWithoutFollowUp": [4],
            "tasksWithoutDeadline": [2, 6],
        }
        marta_from_tuesday = {
            "operatorId": {"eq": str(desk.marta.user_id)},
            "plannedStartsAt": {"gte": "2026-03-03T03:00:00-05:00"},
        }
        data = api.read(manager, QUEUES, filter=marta_from_tuesday)
        assert queue_numbers(data)["tasks"] == [6, 7]
        assert queue_numbers(data)["urgentTasks"] == [6]


def test_a_task_shows_its_operator_customer_urgency_and_history(settings: Settings) -> None:
    with running_app(settings) as api:
        desk = TaskDesk(api.office)
        desk.tasks.prioritise(desk.admin, "visit")
        manager = api.hire("Rosa", "manager")

        followed = api.read(manager, TASK, id=str(desk.task_id(5)))["task"]
        following = api.read(manager, TASK, id=str(desk.task_id(6)))["task"]
        unowned = api.read(manager, TASK, id=str(desk.task_id(2)))["task"]

        assert followed["status"] == "DONE" and followed["outcome"] == "Wants a visit"
        assert followed["followedUpById"] == str(desk.task_id(6))
        assert [event["type"] for event in followed["history"]] == [
            "Task.Planned",
            "Task.FollowedUp",
        ]
        assert (followed["operator"], followed["customer"]) == ({"name": "Pau"}, {"name": "Bar"})
        assert (followed["isPriority"], following["isPriority"]) == (False, True)
        assert following["plannedStartsAt"] == "2026-03-07T08:00:00+00:00"
        assert following["plannedEndsAt"] is None and following["operator"] == {"name": "Marta"}
        assert (unowned["operator"], unowned["inPreparation"]) == (None, True)
        assert api.read(manager, TASK, id=str(desk.shop))["task"] is None


def test_customers_without_follow_up_for_some_days(settings: Settings) -> None:
    with running_app(settings) as api:
        desk = TaskDesk(api.office)
        manager = api.hire("Rosa", "manager")

        recent = api.read(manager, CUSTOMERS, days=30)["customersWithoutFollowUp"]
        everyone = api.read(manager, CUSTOMERS, days=0)["customersWithoutFollowUp"]

        assert recent["totalCount"] == 1
        assert recent["edges"][0]["node"] == {
            "customerId": str(desk.cafe),
            "lastActivityAt": None,
            "customer": {"name": "Cafe"},
        }
        assert [edge["node"]["customer"]["name"] for edge in everyone["edges"]] == [
            "Cafe",
            "Bar",
            "Shop",
        ]
        assert all(edge["node"]["lastActivityAt"] for edge in everyone["edges"][1:])
        assert api.errors(manager, CUSTOMERS, days=-1) == ["days must not be negative"]
