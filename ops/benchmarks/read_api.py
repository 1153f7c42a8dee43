"""The read-API part of the benchmarks (__main__.py): latency of GraphQL queries against a
running server, beside the same rows served by the plain JSON endpoints of
graphql/http/json_reads.py (which the server mounts when CRONICA_BENCHMARK_ENDPOINTS is set).

Two reads, each asked `reads` times through GraphQL and through JSON in turns (after a few
unmeasured warm-up reads): a week of one user's agenda, and a page of 100 tasks. Both ask
GraphQL for every column the JSON endpoint returns, so the difference is what GraphQL costs.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from cronica.commands.agenda import put_in_agenda
from cronica.commands.application import CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.identity import cli_request
from cronica.commands.models.agenda import PutInAgenda
from cronica.commands.models.tasks import PlanTask
from cronica.commands.results import Principal
from cronica.commands.tasks import plan_task

WEEK = date(2026, 3, 2)
"""A Monday: the week whose agenda is read."""
MADRID = ZoneInfo("Europe/Madrid")
WARM_UP = 20
TASK_PAGE = "a page of 100 tasks"
"""The read whose GraphQL/JSON ratio the benchmark's summary shows (at most 2x is the goal)."""

TASKS = """
query { tasks(first: 100) { edges { node {
  id number type tags description place customerId contactId caseId projectId operatorId
  plannedStartsAt plannedEndsAt status inPreparation isHistoryNote outcome closingNote
  cancellationReason followsTaskId followedUpById createdById createdAt closedAt updatedAt version
} } } }
"""

AGENDA = """
query ($user: ID!, $week: Date!) {
  agenda(userId: $user, view: WEEK, date: $week, first: 100) { edges { node {
    id kind recordId recordNumber title notes startsAt endsAt allDay day lastDay status userId
    customerId version updatedAt
  } } }
}
"""


def seed_week(app: CronicaApplication, who: Principal, customer_id: str, tasks: int) -> None:
    """`tasks` tasks planned for `who` over the week, and an agenda entry of his each half day:
    more than a page of 100 in both his agenda and the task list."""
    for n in range(tasks):
        starts_at = _at(n % 5, 8 + n % 10)
        body = {"customerId": customer_id, "description": f"Call {n}", "type": "call"}
        command = PlanTask.model_validate(
            {**body, "startsAt": starts_at, "operatorId": who.user_id}
        )
        plan_task(CommandCall(app, who, cli_request()), command)
    for n in range(14):
        starts_at = _at(n // 2, 9 if n % 2 else 16)
        entry = PutInAgenda(
            starts_at=starts_at, ends_at=starts_at + timedelta(hours=1), title=f"Meeting {n}"
        )
        put_in_agenda(CommandCall(app, who, cli_request()), entry)


def _at(day: int, hour: int) -> datetime:
    return datetime.combine(WEEK + timedelta(days=day), day_time(hour), tzinfo=MADRID)


def bench_read_api(label: str, base: str, token: str, user_id: str, reads: int) -> dict[str, float]:
    """Prints, for each read, the median and p99 latency through GraphQL and through JSON (their
    reads interleaved, so both meet the same load), and the ratio of their medians; answers
    those ratios by read."""
    headers = {"Authorization": f"Bearer {token}"}
    ratios = {}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        week = {"user": user_id, "week": WEEK.isoformat()}
        readings: list[tuple[str, Callable[[], list[Any]], Callable[[], list[Any]]]] = [
            (
                "a week's agenda of one user",
                lambda: _graphql(client, AGENDA, week, "agenda"),
                lambda: _json(client, "/v1/read/agenda", {"userId": user_id, "week": WEEK}),
            ),
            (
                TASK_PAGE,
                lambda: _graphql(client, TASKS, {}, "tasks"),
                lambda: _json(client, "/v1/read/tasks", {"first": 100}),
            ),
        ]
        for what, graphql, plain in readings:
            rows = graphql()
            if [row["id"] for row in rows] != [row["id"] for row in plain()]:
                raise RuntimeError(f"GraphQL and JSON disagree on {what}")
            (g_median, g_p99), (j_median, j_p99) = _latencies((graphql, plain), reads)
            ratios[what] = g_median / j_median
            print(
                f"{label}: {what} ({len(rows)} rows): GraphQL median {g_median:6.1f} ms, "
                f"p99 {g_p99:6.1f} ms  (plain JSON: median {j_median:6.1f} ms, p99 {j_p99:6.1f} ms)"
                f"  GraphQL/JSON {ratios[what]:.2f}x"
            )
    return ratios


def _graphql(client: httpx.Client, query: str, variables: dict[str, Any], field: str) -> list[Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    response.raise_for_status()
    answer = response.json()
    if answer.get("errors"):
        raise RuntimeError(f"GraphQL answered {answer['errors']}")
    return [edge["node"] for edge in answer["data"][field]["edges"]]


def _json(client: httpx.Client, path: str, params: dict[str, Any]) -> list[Any]:
    response = client.get(path, params=params)
    response.raise_for_status()
    rows: list[Any] = response.json()
    return rows


def _latencies(readings: tuple[Callable[[], object], ...], reads: int) -> list[tuple[float, float]]:
    """The median and the 99th percentile, in milliseconds, of each reading, read `reads` times
    in turns (one of each, then again)."""
    for _ in range(WARM_UP):
        for read in readings:
            read()
    took: list[list[float]] = [[] for _ in readings]
    for _ in range(reads):
        for read, times in zip(readings, took, strict=True):
            started = time.perf_counter()
            read()
            times.append((time.perf_counter() - started) * 1000)
    return [(statistics.median(times), statistics.quantiles(times, n=100)[98]) for times in took]


def wait_for_position(base: str, token: str, position: int) -> None:
    """Returns once the server's read models hold every event up to `position`."""
    headers = {"Authorization": f"Bearer {token}", "X-Cronica-Position": str(position)}
    deadline = datetime.now(UTC) + timedelta(minutes=5)
    while datetime.now(UTC) < deadline:
        answer = httpx.post(f"{base}/graphql", json={"query": "{ me { id } }"}, headers=headers)
        if answer.status_code == 200 and not answer.json().get("errors"):
            return
        time.sleep(0.1)
    raise RuntimeError(f"the server's read models did not reach position {position}")
