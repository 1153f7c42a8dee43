"""Every command of the OpenAPI document, fed in each field of its body a value no read model can
hold (control characters, line breaks in single-line text, days and times outside the years a
projection can handle, numbers beyond 64 bits or a float), answers 422 naming that field and
writes nothing. The rest of each body is valid and names real records, so the refusal is the
hostile value's; a command added later is fed too, and the test fails when it cannot build a
valid body for it."""

from __future__ import annotations

from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.databases import sqlite_settings
from tests.fixtures.http.body_schemas import BodySchemas, Leaf, as_json
from tests.fixtures.http.command_client import PROBLEM_BASE, CommandApi, running_api
from tests.fixtures.http.command_records import one_of_each

COMMAND_METHODS = ("post", "put", "patch", "delete")


def command_routes(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each command under /v1 taking a JSON body: its path and its body's schema."""
    return [
        (path, operation["requestBody"]["content"]["application/json"]["schema"])
        for path, item in document["paths"].items()
        if path.startswith("/v1/")
        for method, operation in item.items()
        if method in COMMAND_METHODS
        and "application/json" in operation.get("requestBody", {}).get("content", {})
    ]


def on_the_way(outer: str, inner: str) -> bool:
    """Whether the field `inner` is `outer` or lies inside it (`value.int`, `tags[0]`)."""
    return inner == outer or inner.startswith((f"{outer}.", f"{outer}["))


def refused_naming_only(api: CommandApi, path: str, body: Any, leaf: Leaf) -> None:
    """The body is refused with 422 invalid-body, every error naming the leaf, the list or map
    holding it, or a part of it (a branch of a union)."""
    response = api.post(path, as_json(body))
    assert response.status_code == 422, f"{path} {leaf.field}={body!r}: {response.text}"
    problem = response.json()
    assert problem["type"] == PROBLEM_BASE + "invalid-body", response.text
    named = {error["field"] for error in problem["errors"]}
    related = [on_the_way(name, leaf.field) or on_the_way(leaf.field, name) for name in named]
    assert named and all(related), (path, leaf.field, named)


def test_every_command_refuses_every_value_no_read_model_can_hold(tmp_path: Any) -> None:
    settings: Settings = sqlite_settings(tmp_path)
    with running_api(settings) as agent_api:
        records = one_of_each(agent_api)
        api = records.api
        schemas = BodySchemas(api.client.app.openapi(), records.bodies)
        routes = command_routes(api.client.app.openapi())
        assert len(routes) > 50
        fed = 0
        for template, schema in routes:
            path = template.format(**records.paths)
            valid = schemas.valid(schema, "body")
            before = api.position()
            for leaf in schemas.leaves(schema):
                for value in schemas.hostile_values(leaf):
                    refused_naming_only(
                        api, path, schemas.with_value(schema, valid, leaf.steps, value), leaf
                    )
                    fed += 1
            assert api.position() == before, f"{template} wrote an event"
            answer = api.post(path, as_json(valid))
            assert not answer.is_server_error, answer.text
            assert "invalid-body" not in answer.text, f"{template} {valid}: {answer.text}"
        assert fed > 1000
