"""What the OpenAPI document states, the server does, and what the server does, the document
states (the conformance test runs schemathesis over all of it; these are its findings, fixed):
headers of their pattern, methods a path answers, bodies required, every status documented."""

from __future__ import annotations

import json

from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import running_api


def test_the_server_refuses_what_the_document_says_it_refuses(
    sqlite_only_settings: Settings,
) -> None:
    with running_api(sqlite_only_settings) as api:
        api.refused(
            "/v1/customers",
            {"kind": "customer", "name": "A"},
            400,
            "invalid-header",
            X_Correlation_Id="",
        )
        api.refused("/v1/incidents/x/close", {}, 400, "invalid-header", If_Match="3 4")
        bearer = {"Authorization": f"Bearer {api.token}"}
        empty = api.client.post("/v1/attachments", content=b"", headers=bearer)
        assert empty.status_code == 422, empty.text
        assert empty.headers["content-type"] == "application/problem+json"
        options = api.client.options("/graphql", headers=bearer)
        assert (options.status_code, options.headers["allow"]) == (405, "GET, POST")
        position = api.client.get(
            "/graphql", headers={**bearer, "X-Cronica-Position": "²".encode("latin-1")}
        )
        assert position.status_code == 400, position.text
        not_an_object = api.client.post(
            "/graphql",
            content=json.dumps("{ me { name } }"),
            headers={**bearer, "Content-Type": "application/json"},
        )
        assert not_an_object.status_code == 400, not_an_object.text


def test_the_document_states_what_the_server_refuses(sqlite_only_settings: Settings) -> None:
    with running_api(sqlite_only_settings) as api:
        document = api.client.get("/openapi.json").json()
    schemas, paths = document["components"]["schemas"], document["paths"]

    assert "HTTPValidationError" not in json.dumps(document)
    edit = schemas["EditAgendaEntry"]
    assert edit["minProperties"] == 1 and len(edit["anyOf"]) == len(edit["properties"])
    upload = paths["/v1/attachments"]["post"]["requestBody"]
    assert (
        upload["required"]
        and upload["content"]["application/octet-stream"]["schema"]["minLength"] == 1
    )
    assert {"400", "409"} <= set(paths["/v1/catalogues/{kind}/entries"]["post"]["responses"])
    graphql = paths["/graphql"]
    assert {"400", "401"} <= set(graphql["get"]["responses"]) & set(graphql["post"]["responses"])
    assert "text/html" in graphql["get"]["responses"]["200"]["content"]
    assert schemas["OpenProject"]["properties"]["startsOn"]["pattern"]
