"""The three attacks of issue 10, over HTTP against a running app: each is refused with its
`extensions.code` before any work (no read-store transaction is opened, so no resolver read
anything); queries within the limits, GraphiQL's introspection among them, are answered; and an
unexpected error reaches the client as a generic text naming the request's correlation id.

How fast a refusal is, and the server's memory meanwhile, is measured by the benchmark
(ops/benchmarks/query_attacks.py), not here."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from graphql import get_introspection_query

from cronica.ops.benchmarks.query_attacks import aliases, nested_and, nested_fragments, or_filter
from cronica.ops.settings import Settings
from cronica.projections.customers.rows import CUSTOMERS
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.transaction_counter import TransactionCounter

FILTERED = "query ($filter: CustomerFilter) { customers(filter: $filter) { totalCount } }"


def refused(api: GraphQLApi, reader: Person, query: str, **variables: Any) -> list[str]:
    """The codes of the errors a query is answered with; the read store was never touched."""
    counter = TransactionCounter(api.container.store)
    answer = api.answer(reader, query, **variables)
    assert answer.get("data") is None, answer
    assert counter.count == 0
    return [error["extensions"]["code"] for error in answer["errors"]]


def test_queries_over_the_limits_are_refused_before_any_work(settings: Settings) -> None:
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        api.office.customer(agent.who, "Talleres Pérez")
        api.container.runner.catch_up()
        # a. thirty fragments each spreading the one before twice: 2^30 fields once expanded
        # (the depth limiter this replaced would have walked them all, for minutes).
        assert refused(api, agent, nested_fragments(30)) == ["QUERY_TOO_COMPLEX"]
        # b. three hundred pages of a hundred customers.
        assert refused(api, agent, aliases(300)) == ["QUERY_TOO_COMPLEX"]
        # c. filters too large for any database to be asked: or x 5000 written out is over the
        # text's token limit; given as a variable, or nested, they are over the filter's limits.
        assert refused(api, agent, or_filter(5000)) == ["QUERY_TOO_COMPLEX"]
        assert refused(api, agent, nested_and(50)) == ["BAD_USER_INPUT"]
        alternatives = [{"name": {"eq": f"c{n}"}} for n in range(5000)]
        assert refused(api, agent, FILTERED, filter={"or": alternatives}) == ["BAD_USER_INPUT"]
        many = {"number": {"in": [str(n) for n in range(201)]}}
        assert refused(api, agent, FILTERED, filter=many) == ["BAD_USER_INPUT"]
        # One page of a hundred customers with its `first` given as a variable, a hundred times.
        page = "customers(first: $first) { edges { node { id name history { type } } } }"
        many_pages = "query ($first: Int) { " + " ".join(f"p{n}: {page}" for n in range(25)) + " }"
        assert refused(api, agent, many_pages, first=100) == ["QUERY_TOO_COMPLEX"]
        assert refused(api, agent, "{ me { id ") == ["GRAPHQL_PARSE_FAILED"]
        assert refused(api, agent, "{ me { shoeSize } }") == ["GRAPHQL_VALIDATION_FAILED"]


def test_queries_within_the_limits_are_answered(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        api.office.customer(agent.who, "Talleres Pérez")
        assert api.read(agent, get_introspection_query(descriptions=True))["__schema"]["types"]
        assert api.read(agent, nested_fragments(5))["customers"]["totalCount"] == 1
        data = api.read(agent, aliases(10))
        assert [edge["node"]["name"] for edge in data["a9"]["edges"]] == ["Talleres Pérez"]
        assert api.read(agent, nested_and(5))["customers"]["totalCount"] == 0
        assert api.read(agent, or_filter(30))["customers"]["totalCount"] == 0
        named = {"or": [{"name": {"eq": "Talleres Pérez"}}, {"name": {"eq": "Otro"}}]}
        assert api.read(agent, FILTERED, filter=named)["customers"]["totalCount"] == 1


def test_an_unexpected_error_is_logged_and_answered_without_its_text(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        with api.container.store.transaction() as cursor:
            cursor.execute(f"DROP TABLE {CUSTOMERS.table}")
        headers = {"X-Correlation-Id": "req-42"}
        with caplog.at_level(logging.ERROR):
            answer = api.answer(agent, "{ customers { totalCount } }", headers)
        (error,) = answer["errors"]
        assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
        assert error["message"] == (
            "an unexpected error occurred; it was logged with correlation id req-42"
        )
        assert set(error) == {"message", "locations", "path", "extensions"}  # no traceback
        assert "table" not in str(answer) and "exist" not in str(answer)  # nor the database's text
        logged = [record for record in caplog.records if "req-42" in record.getMessage()]
        assert logged and logged[0].exc_info is not None


def test_errors_of_the_client_carry_their_code_and_message(settings: Settings) -> None:
    settings = settings.model_copy(update={"read_wait_seconds": 0.3})  # a position never reached
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        answer = api.answer(agent, "{ customers(first: 500) { totalCount } }")
        assert answer["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert "first must be between 0 and 100" in answer["errors"][0]["message"]
        answer = api.answer(agent, "query ($n: Int) { customers(first: $n) { totalCount } }")
        assert "errors" not in answer
        answer = api.answer(agent, FILTERED, filter={"name": {"eq": 3}})
        assert answer["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        position = api.position() + 1000
        answer = api.answer(agent, f"{{ me(atLeastPosition: {position}) {{ id }} }}")
        assert answer["errors"][0]["extensions"]["code"] == "NOT_CAUGHT_UP"
