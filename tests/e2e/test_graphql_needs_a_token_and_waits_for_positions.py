"""The GraphQL endpoint's guards: a bearer token for every query (GraphiQL's page stays open),
and read-your-writes, where a query waits for the position a command answered, or says the read
models are behind."""

from __future__ import annotations

import threading

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app

ME = "{ me { name } }"
INCIDENT = "query ($id: ID!, $p: Int) { incident(id: $id, atLeastPosition: $p) { subject } }"


def test_queries_need_a_valid_bearer_token_but_graphiql_opens_without(settings: Settings) -> None:
    with running_app(settings) as api:
        api.hire("Ana Martín", "technician")

        for token in (None, "not-a-token", ""):
            response = api.post(ME, token)
            assert response.status_code == 401, token
            assert response.headers["WWW-Authenticate"] == "Bearer"
        assert api.post(ME, None, {"Authorization": "Basic YW5hOmFuYQ=="}).status_code == 401
        assert api.client.get("/graphql", params={"query": ME}).status_code == 401

        page = api.client.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "graphiql" in page.text.lower()


def test_a_query_waits_until_the_read_models_hold_the_position_it_asks_for(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        api.container.runner.catch_up()
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        opened = api.office.open(agent.who, customer, "Printer jams")

        stale = api.answer(agent, INCIDENT, id=str(opened.id))
        assert stale["data"]["incident"] is None  # nobody asked to wait: the read is stale

        # The projections catch up while the query waits for the incident's position.
        catching_up = threading.Timer(0.3, api.container.runner.catch_up)
        catching_up.start()
        fresh = api.answer(agent, INCIDENT, id=str(opened.id), p=opened.position)
        catching_up.join()
        assert fresh["data"]["incident"] == {"subject": "Printer jams"}


def test_the_position_header_makes_a_query_wait_and_a_position_never_reached_is_an_error(
    settings: Settings,
) -> None:
    settings = settings.model_copy(update={"read_wait_seconds": 0.3})
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        ahead = str(api.position() + 1000)

        answer = api.answer(agent, ME, {"X-Cronica-Position": ahead})
        assert answer["data"] is None
        [error] = answer["errors"]
        assert "the read models have not caught up with position" in error["message"]
        behind = api.answer(agent, INCIDENT, id="x", p=api.position() + 1000)
        assert "have not caught up" in behind["errors"][0]["message"]

        assert api.read(agent, ME) == {"me": {"name": "Lucía Gómez"}}  # header at the last write
        bad = api.post(ME, agent.token, {"X-Cronica-Position": "soon"})
        assert bad.status_code == 400
