"""`/metrics` of the API, parsed with the Prometheus client's own parser: a command accepted, a
command refused, a GraphQL operation and the read side's positions each move their series."""

from __future__ import annotations

import time
import uuid

from prometheus_client.parser import text_string_to_metric_families

from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api

Series = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scraped(api: CommandApi) -> Series:
    response = api.client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(series: Series, name: str, **labels: str) -> float:
    return series.get((name, tuple(sorted(labels.items()))), 0.0)


def test_commands_queries_and_positions_move_their_series(settings: Settings) -> None:
    with running_api(settings) as api:
        before = scraped(api)
        customer = api.customer()
        incident = api.incident(customer)
        missing = api.post(f"/v1/incidents/{uuid.uuid4()}/close", {"resolution": "Done"})
        assert missing.status_code == 404
        stale = api.post(
            f"/v1/incidents/{incident}/close", {"resolution": "Done"}, **{"If-Match": "7"}
        )
        assert stale.status_code == 412
        query = {"query": "query Myself { me { id } }", "operationName": "Myself"}
        assert api.post("/graphql", query).status_code == 200
        bad = {"query": "query Broken { nothing }", "operationName": "Broken"}
        api.post("/graphql", bad)
        written = api.settled()
        deadline = time.monotonic() + 10
        while (after := scraped(api)) and value(
            after, "cronica_follower_position", follower="incidents", kind="read model"
        ) < written:
            assert time.monotonic() < deadline, "the incidents read model never reached its write"
            time.sleep(0.05)

    def moved(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    created = {"record": "incidents", "verb": "create"}
    assert moved("cronica_commands_total", **created, outcome="accepted", kind="") == 1
    assert moved("cronica_command_duration_seconds_count", **created) == 1
    closing = {"record": "incidents", "verb": "close"}
    assert moved("cronica_commands_total", **closing, outcome="refused", kind="not-found") == 1
    assert moved("cronica_commands_total", **closing, outcome="conflict", kind="stale") == 1
    assert moved("cronica_graphql_operations_total", operation="Myself", outcome="ok") == 1
    assert moved("cronica_graphql_operations_total", operation="Broken", outcome="error") == 1
    assert moved("cronica_graphql_operation_duration_seconds_count", operation="Myself") == 1
    assert value(after, "cronica_event_store_position") >= written
    assert moved("cronica_follower_events_total", loop="read_models") >= 2
    assert value(after, "cronica_database_up") == 1
    reaction = {"follower": "reaction:incident-assigned", "kind": "reaction"}
    assert value(after, "cronica_follower_lag_events", **reaction) >= 0
    if settings.is_postgres:
        assert value(after, "cronica_pool_connections", pool="event_store") >= 1
