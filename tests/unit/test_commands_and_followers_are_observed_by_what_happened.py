"""What the metrics and the readiness checks call things: a command's record and verb come from
its route's template, its outcome from its answer's status; a follower whose batches fail is
counted and named by readiness until a batch succeeds again; a line logged while a request is
handled names the request and its caller."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest

from cronica.ops.observability.followers import ObservedFollower
from cronica.ops.observability.graphql_operations import shown_name
from cronica.ops.observability.health import followers_running, readiness
from cronica.ops.observability.metrics import Metrics
from cronica.ops.observability.requests import (
    add_request_fields,
    outcome_of,
    record_and_verb,
    request_state,
)


@pytest.mark.parametrize(
    ("route", "named"),
    [
        ("/v1/incidents", ("incidents", "create")),
        ("/v1/incidents/{incidentId}/assign", ("incidents", "assign")),
        (
            "/v1/customers/{customerId}/contacts/{contactId}/change",
            ("customers", "contacts-change"),
        ),
        ("/v1/catalogues/{kind}/entries", ("catalogues", "entries")),
        ("/v1/sign-in", ("sign-in", "create")),
    ],
)
def test_a_route_names_its_record_and_verb(route: str, named: tuple[str, str]) -> None:
    assert record_and_verb(route) == named


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, ("accepted", "")),
        (201, ("accepted", "")),
        (401, ("refused", "unauthenticated")),
        (404, ("refused", "not-found")),
        (422, ("refused", "invalid")),
        (429, ("refused", "too-many-requests")),
        (418, ("refused", "418")),
        (409, ("conflict", "conflict")),
        (412, ("conflict", "stale")),
        (500, ("error", "")),
        (503, ("error", "")),
    ],
)
def test_a_status_names_the_outcome(status: int, outcome: tuple[str, str]) -> None:
    assert outcome_of(status) == outcome


class Flaky:
    """A follower whose next batches fail as many times as told, then read 3 events."""

    def __init__(self, failures: int) -> None:
        self.failures = failures

    def follow_batch(self) -> int:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("server closed the connection")
        return 3


def test_a_failing_follower_is_counted_and_named_until_it_succeeds() -> None:
    metrics = Metrics()
    observed = ObservedFollower(Flaky(failures=2), "read_models", metrics)
    check = followers_running([observed], max_failing_seconds=0.0)
    for _ in range(2):
        with pytest.raises(ConnectionError):
            observed.follow_batch()
    loop = {"loop": "read_models"}
    assert metrics.registry.get_sample_value("cronica_follower_failures_total", loop) == 2
    problem = check()
    assert problem is not None and "read_models failing" in problem
    assert "ConnectionError: server closed the connection" in problem

    assert observed.follow_batch() == 3
    assert check() is None
    assert metrics.registry.get_sample_value("cronica_follower_events_total", loop) == 3


def test_readiness_lists_every_check_and_a_failing_one_makes_it_not_ready() -> None:
    def broken() -> None:
        raise OSError("connection refused")

    ready, body = readiness("relay", {"database": lambda: None, "nats": broken})
    assert not ready
    assert body == {
        "status": "not ready",
        "process": "relay",
        "checks": {"database": "ok", "nats": "OSError: connection refused"},
    }
    assert readiness("api", {"database": lambda: None})[0]


def test_a_line_written_while_a_request_is_handled_names_its_request_and_caller() -> None:
    who = SimpleNamespace(user_id=uuid.uuid4(), company_id=uuid.uuid4())
    state: dict[str, object] = {}
    handling = request_state.set(state)
    try:
        assert add_request_fields(None, "info", {"event": "early"}) == {"event": "early"}
        state.update(correlation_id="c-1", principal=who)  # as the command side leaves them
        line = add_request_fields(None, "warning", {"event": "connection dropped"})
    finally:
        request_state.reset(handling)
    assert line == {
        "event": "connection dropped",
        "correlation_id": "c-1",
        "actor_id": str(who.user_id),
        "company_id": str(who.company_id),
    }
    assert add_request_fields(None, "info", {"event": "after"}) == {"event": "after"}


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("MyWeek", "MyWeek"),
        (None, "anonymous"),
        ("", "anonymous"),
        ("Juan Pérez López", "unnamed"),  # not a GraphQL name: a client's text stays out
        ("x" * 101, "unnamed"),
    ],
)
def test_a_graphql_operation_is_shown_by_its_name_only_when_it_is_one(
    sent: str | None, shown: str
) -> None:
    assert shown_name(sent) == shown
