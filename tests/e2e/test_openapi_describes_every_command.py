"""The OpenAPI document at /openapi.json describes every command under /v1: its body, its answer,
its guards and every problem it may answer."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings

PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
GUARDS = {"if-match", "idempotency-key", "x-correlation-id"}
RAW_UPLOADS = {"/v1/attachments"}  # bytes, not a JSON command
SIGNING_IN = {"/v1/sign-in", "/v1/sign-out", "/v1/invitations/accept"}  # sessions, not records
CREDENTIALS = [{"HTTPBearer": []}, {"APIKeyCookie": []}]  # a bearer token or a session cookie


def commands(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        path: operations["post"]
        for path, operations in document["paths"].items()
        if path.startswith("/v1/") and "post" in operations and path not in RAW_UPLOADS | SIGNING_IN
    }


def test_every_command_documents_its_body_answer_guards_and_problems(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    described = commands(document)
    assert len(described) > 100

    for path, operation in described.items():
        assert operation["summary"] and operation["security"] == CREDENTIALS, path
        if "requestBody" in operation:
            body = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            assert schemas[body.rsplit("/", 1)[-1]]["properties"], path
        responses = operation["responses"]
        (success,) = [status for status in responses if status.startswith("2")]
        answer = responses[success]["content"]["application/json"]["schema"]["$ref"]
        assert {"id", "version", "position"} <= set(schemas[answer.rsplit("/", 1)[-1]]["required"])
        problems = {status for status in responses if status[0] in "45"}
        assert {"400", "401", "422"} <= problems, path
        for status in problems:
            assert responses[status]["content"] == PROBLEM, (path, status)
            assert responses[status]["description"], (path, status)
        headers = [p for p in operation["parameters"] if p["in"] == "header"]
        assert {header["name"].lower() for header in headers} == GUARDS, path
        for header in headers:  # a header is absent or a string of its pattern, never null
            assert header["schema"]["type"] == "string" and header["schema"]["pattern"], path
        in_path = {p["name"] for p in operation["parameters"] if p["in"] == "path"}
        assert in_path == {part[1:-1] for part in path.split("/") if part.startswith("{")}, path


def test_problems_and_field_problems_have_their_documented_shape(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()
    schemas = document["components"]["schemas"]

    assert set(schemas["Problem"]["required"]) == {"type", "title", "status", "detail"}
    assert set(schemas["FieldProblem"]["properties"]) == {"field", "message"}
    assert set(schemas["FollowUpIncident"]["properties"]) == {"note", "startedAt", "endedAt"}
