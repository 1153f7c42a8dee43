"""Parsing, measuring and validating are cached by query text (graphql/limits), but the cache
holds no verdict that depends on the request: the same text sent again is judged on its new
variables (a `first` that makes it too costly is refused), and on its new reader (a query an
admin was answered is still refused to an agent whose read rules forbid it)."""

from __future__ import annotations

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app

PAGE = "customers(first: $first) { edges { node { id name history { type } } } }"
PAGES = "query ($first: Int) { " + " ".join(f"p{n}: {PAGE}" for n in range(25)) + " }"

SET_ASIDE = "{ setAsideEvents { position } }"


def test_the_same_text_with_a_larger_first_is_refused_after_being_answered(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        api.office.customer(agent.who, "Talleres Pérez")
        small = api.read(agent, PAGES, first=1)
        assert [edge["node"]["name"] for edge in small["p24"]["edges"]] == ["Talleres Pérez"]
        answer = api.answer(agent, PAGES, first=100)
        assert answer.get("data") is None, answer
        assert [error["extensions"]["code"] for error in answer["errors"]] == ["QUERY_TOO_COMPLEX"]
        assert api.read(agent, PAGES, first=1) == small  # and the small one is answered again


def test_a_query_answered_to_an_admin_is_still_refused_to_an_agent(settings: Settings) -> None:
    with running_app(settings) as api:
        admin, agent = api.hire("Marta Ruiz", "admin"), api.hire("Luis Roca", "agent")
        assert api.read(admin, SET_ASIDE) == {"setAsideEvents": []}
        assert api.errors(agent, SET_ASIDE) == ["only admins may read the set-aside events"]
