"""The plain JSON reads the read-API benchmark compares GraphQL with: the same tasks and agenda
items as the GraphQL fields, for a caller with a token; only managers read another's agenda."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.agent_work import AgentWork

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)

TASKS = "query ($first: Int!) { tasks(first: $first) { edges { node { id number } } } }"
AGENDA = """
query ($user: ID!, $week: Date!) {
  agenda(userId: $user, view: WEEK, date: $week, first: 100) { edges { node { id recordId } } }
}
"""


def test_the_json_reads_answer_the_rows_of_the_graphql_lists(settings: Settings) -> None:
    benchmarking = settings.model_copy(update={"benchmark_endpoints": True})
    with running_app(benchmarking, run_projections=False) as api:
        manager, luis = api.hire("Marta Vidal", "manager"), api.hire("Luis Roca", "technician")
        work = AgentWork(api.office, manager.who, api.office.customer(manager.who, "Shop"))
        planned = [work.task(luis.who, MONDAY + timedelta(days=n, hours=n)) for n in range(6)]
        work.task(luis.who, MONDAY + timedelta(days=7))  # the week after
        api.container.runner.catch_up()

        def get(token: str | None, path: str, **params: object) -> list[dict[str, object]]:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = api.client.get(path, params=params, headers=headers)
            assert response.status_code == 200, response.text
            rows: list[dict[str, object]] = response.json()
            return rows

        tasks = get(manager.token, "/v1/read/tasks", first=5)
        edges = api.read(manager, TASKS, first=5)["tasks"]["edges"]
        assert [(row["id"], row["number"]) for row in tasks] == [
            (edge["node"]["id"], edge["node"]["number"]) for edge in edges
        ]
        assert len(tasks) == 5 and tasks[0]["operator_id"] == luis.id

        week = {"user": luis.id, "week": "2026-03-04"}
        items = get(manager.token, "/v1/read/agenda", userId=luis.id, week=week["week"])
        edges = api.read(manager, AGENDA, **week)["agenda"]["edges"]
        assert [row["id"] for row in items] == [edge["node"]["id"] for edge in edges]
        assert sorted(str(row["record_id"]) for row in items) == sorted(map(str, planned))
        assert get(luis.token, "/v1/read/agenda", week=week["week"]) == items

        refused = api.client.get(
            "/v1/read/agenda",
            params={"userId": manager.id, "week": "2026-03-04"},
            headers={"Authorization": f"Bearer {luis.token}"},
        )
        assert refused.status_code == 403
        assert api.client.get("/v1/read/tasks").status_code == 401
