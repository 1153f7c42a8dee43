"""Writers racing on one incident over HTTP: a lost race is retried, unless If-Match pins the
version the writer saw, in which case the loser is told 412."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx

from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import FOLLOW_UP, PROBLEM_BASE, running_api

WRITERS = 4


def all_at_once(count: int, send: Callable[[], httpx.Response]) -> list[httpx.Response]:
    """Sends `count` requests from as many threads, released together."""
    barrier = threading.Barrier(count)

    def released() -> httpx.Response:
        barrier.wait()
        return send()

    with ThreadPoolExecutor(count) as pool:
        return [future.result() for future in [pool.submit(released) for _ in range(count)]]


def test_racing_follow_ups_all_succeed_through_retries(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident()
        path = f"/v1/incidents/{incident_id}/follow-up"

        answers = all_at_once(WRITERS, lambda: api.post(path, FOLLOW_UP))

        assert [answer.status_code for answer in answers] == [200] * WRITERS
        versions = sorted(answer.json()["version"] for answer in answers)
        assert versions == list(range(2, 2 + WRITERS))
        assert api.version_of(incident_id) == 1 + WRITERS


def test_of_two_writers_expecting_the_same_version_one_gets_412(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident()
        path = f"/v1/incidents/{incident_id}/follow-up"

        answers = all_at_once(2, lambda: api.post(path, FOLLOW_UP, If_Match="1"))

        won, lost = sorted(answers, key=lambda answer: answer.status_code)
        assert (won.status_code, won.json()["version"]) == (200, 2)
        assert (lost.status_code, lost.json()["type"]) == (412, PROBLEM_BASE + "stale-version")
        assert api.version_of(incident_id) == 2
