"""/graphql answers as GraphQL over HTTP says, in the media type the client accepts: with
`application/graphql-response+json`, a request that never reached execution (a syntax error, a
document that does not validate, a variable of the wrong type) is a 400 without `data`, one that
executed is a 200 with `data`; with `application/json` (and `*/*`, or no Accept) every GraphQL
request is a 200 as before. No request error answers `data`, and every error, a 401 and a body
that is not JSON included, carries `extensions.code`."""

from __future__ import annotations

from typing import Any

import httpx

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app

NEW = "application/graphql-response+json"
LEGACY = "application/json"
ME = "{ me { name } }"


def sent(
    api: GraphQLApi, reader: Person | None, accept: str | None, query: str, **variables: Any
) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return api.post(query, reader.token if reader else None, headers, **variables)


def refusal(response: httpx.Response) -> tuple[int, str, list[str]]:
    """The status, media type and error codes of an answer without `data`."""
    answer = response.json()
    assert "data" not in answer, answer
    codes = [error["extensions"]["code"] for error in answer["errors"]]
    return response.status_code, response.headers["content-type"].split(";")[0], codes


def test_request_errors_are_400s_without_data_to_clients_of_the_new_media_type(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        answered = sent(api, agent, f"{NEW}, {LEGACY};q=0.9", ME)
        assert (answered.status_code, answered.headers["content-type"]) == (
            200,
            f"{NEW}; charset=utf-8",
        )
        assert answered.json() == {"data": {"me": {"name": "Lucía Gómez"}}}

        typed = "query ($n: Int) { customers(first: $n) { totalCount } }"
        for query, variables, code in (
            ("{ me { name ", {}, "GRAPHQL_PARSE_FAILED"),
            ("{ me { shoeSize } }", {}, "GRAPHQL_VALIDATION_FAILED"),
            (typed, {"n": "many"}, "BAD_USER_INPUT"),
        ):
            assert refusal(sent(api, agent, NEW, query, **variables)) == (400, NEW, [code])
            assert refusal(sent(api, agent, LEGACY, query, **variables)) == (200, LEGACY, [code])
            assert refusal(sent(api, agent, None, query, **variables)) == (200, LEGACY, [code])


def test_field_errors_keep_their_data_and_a_late_read_says_when_to_retry(
    settings: Settings,
) -> None:
    settings = settings.model_copy(update={"read_wait_seconds": 0.2})
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        # Execution started: `data` is there, null as the non-null field's error made it.
        bad_page = sent(api, agent, NEW, "{ customers(first: 500) { totalCount } }")
        assert bad_page.status_code == 200
        assert bad_page.json()["data"] is None
        assert bad_page.json()["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}

        late = f"{{ me(atLeastPosition: {api.position() + 1000}) {{ name }} }}"
        behind = sent(api, agent, NEW, late)
        assert behind.status_code == 200 and behind.json()["data"] is None
        [error] = behind.json()["errors"]
        assert error["extensions"] == {"code": "NOT_CAUGHT_UP", "retryable": True, "retryAfter": 1}
        assert error["path"] == ["me"]


def test_refusals_before_graphql_carry_a_code_in_the_media_type_asked_for(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        for accept, media_type in ((NEW, NEW), (LEGACY, LEGACY), ("*/*", LEGACY)):
            nobody = sent(api, None, accept, ME)
            assert refusal(nobody) == (401, media_type, ["UNAUTHENTICATED"])
            assert nobody.headers["WWW-Authenticate"] == "Bearer"
            bad_header = {"X-Cronica-Position": "soon", "Accept": accept}
            assert refusal(api.post(ME, agent.token, bad_header)) == (
                400,
                media_type,
                ["BAD_USER_INPUT"],
            )
            not_json = api.client.post(
                "/graphql",
                content=b'{ "not a JSON',
                headers={
                    "Authorization": f"Bearer {agent.token}",
                    "Content-Type": LEGACY,
                    "Accept": accept,
                },
            )
            assert refusal(not_json) == (400, media_type, ["BAD_REQUEST"])
        no_query = sent(api, agent, NEW, "")
        assert refusal(no_query) == (400, NEW, ["BAD_REQUEST"])
