"""The OpenAPI document describes each opportunity and notice command: its body, its answer, its
problems and its guards."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings

OPPORTUNITY = "/v1/opportunities/{opportunityId}"
NOTICE = "/v1/notices/{noticeId}"
COMMANDS = {
    "/v1/opportunities": ("OpenOpportunity", "201", "Accepted"),
    f"{OPPORTUNITY}/assign": ("AssignOpportunity", "200", "Accepted"),
    f"{OPPORTUNITY}/actions": ("RecordCommercialAction", "201", "ActionAccepted"),
    f"{OPPORTUNITY}/actions/{{actionId}}/done": (None, "200", "Accepted"),
    f"{OPPORTUNITY}/wait": ("WaitForCustomer", "200", "Accepted"),
    f"{OPPORTUNITY}/work": ("WorkOnOpportunity", "200", "Accepted"),
    f"{OPPORTUNITY}/win": ("WinOpportunity", "200", "Accepted"),
    f"{OPPORTUNITY}/lose": ("LoseOpportunity", "200", "Accepted"),
    f"{OPPORTUNITY}/reopen": ("ReopenOpportunity", "200", "Accepted"),
    "/v1/notices": ("LogNotice", "201", "Accepted"),
    f"{NOTICE}/forward": ("ForwardNotice", "200", "Accepted"),
    f"{NOTICE}/actions": ("NoteNoticeAction", "200", "Accepted"),
    f"{NOTICE}/resolve": ("ResolveNotice", "200", "Accepted"),
    f"{NOTICE}/reopen": ("ReopenNotice", "200", "Accepted"),
}
PROBLEM_CONTENT = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def test_each_opportunity_and_notice_command_documents_its_body_answer_and_problems(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

    for path, (body, success, answer) in COMMANDS.items():
        operation = document["paths"][path]["post"]
        assert operation["summary"] and operation["security"] == [{"HTTPBearer": []}], path
        request = operation.get("requestBody", {}).get("content", {}).get("application/json")
        expected = None if body is None else {"schema": {"$ref": f"#/components/schemas/{body}"}}
        assert request == expected, path
        schema = operation["responses"][success]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{answer}"}, path
        statuses = ["400", "401", "409", "422"] + (["404", "412"] if "{" in path else [])
        for status in statuses:
            assert operation["responses"][status]["content"] == PROBLEM_CONTENT, (path, status)
        guards = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
        assert guards == {"if-match", "idempotency-key", "x-correlation-id"}, path

    schemas = document["components"]["schemas"]
    assert set(schemas["ActionAccepted"]["required"]) == {"id", "version", "position", "actionId"}
    assert set(schemas["WaitForCustomer"]["required"]) == {"comment", "nextContactOn"}
    assert {"customerId", "contactId", "agentId", "expectedAmount", "expectedOn"} <= set(
        schemas["OpenOpportunity"]["properties"]
    )
    assert set(schemas["LogNotice"]["required"]) == {
        "callerKind",
        "recipientId",
        "code",
        "text",
        "importance",
    }
    assert "resolverId" not in schemas["ResolveNotice"]["required"]
