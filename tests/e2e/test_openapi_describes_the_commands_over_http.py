"""The OpenAPI document at /openapi.json describes each command's body, answer and problems."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings

COMMANDS = {
    "/v1/customers": ("CreateCustomer", "201"),
    "/v1/customers/{customerId}/contacts": ("AddContact", "201"),
    "/v1/incidents": ("OpenIncident", "201"),
    "/v1/incidents/{incidentId}/assign": ("AssignIncident", "200"),
    "/v1/incidents/{incidentId}/follow-up": ("FollowUpIncident", "200"),
    "/v1/incidents/{incidentId}/close": ("CloseIncident", "200"),
    "/v1/incidents/{incidentId}/reopen": ("ReopenIncident", "200"),
    "/v1/alerts/{alertId}/read": (None, "200"),
}
PROBLEM = {"schema": {"$ref": "#/components/schemas/Problem"}}


def test_each_command_documents_its_body_answer_and_problems(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

    for path, (body, success) in COMMANDS.items():
        operation = document["paths"][path]["post"]
        if body is not None:
            content = operation["requestBody"]["content"]["application/json"]
            assert content["schema"]["$ref"] == f"#/components/schemas/{body}"
        responses = operation["responses"]
        assert "$ref" in responses[success]["content"]["application/json"]["schema"]
        for status in ("400", "401", "422"):
            assert responses[status]["content"] == {"application/problem+json": PROBLEM}, path
        assert operation["security"] == [{"HTTPBearer": []}]
        headers = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
        assert headers == {"if-match", "idempotency-key", "x-correlation-id"}

    schemas = document["components"]["schemas"]
    assert set(schemas["Problem"]["required"]) == {"type", "title", "status", "detail"}
    assert set(schemas["FieldProblem"]["properties"]) == {"field", "message"}
    assert set(schemas["FollowUpIncident"]["properties"]) == {"note", "startedAt", "endedAt"}
    stale = document["paths"]["/v1/incidents/{incidentId}/close"]["post"]["responses"]["412"]
    assert stale["content"] == {"application/problem+json": PROBLEM}
