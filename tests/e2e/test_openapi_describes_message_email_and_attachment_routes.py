"""The OpenAPI document describes the message and e-mail commands (body, answer, problems,
guards) and the attachment routes (raw bytes up, bytes down, digests in the path)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings

MESSAGE = "/v1/messages/{messageId}"
COMMANDS = {
    "/v1/messages": ("SendMessage", "201"),
    f"{MESSAGE}/read": (None, "200"),
    f"{MESSAGE}/clear-reminder": (None, "200"),
    f"{MESSAGE}/archive": (None, "200"),
    "/v1/emails": ("QueueEmail", "201"),
    "/v1/emails/{emailId}/retry": (None, "200"),
}
PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def test_openapi_describes_messages_emails_and_attachments(sqlite_only_settings: Settings) -> None:
    with TestClient(create_app(sqlite_only_settings)) as client:
        document = client.get("/openapi.json").json()

    for path, (body, success) in COMMANDS.items():
        operation = document["paths"][path]["post"]
        assert operation["summary"], path
        if body is None:
            assert "requestBody" not in operation, path
        else:
            content = operation["requestBody"]["content"]["application/json"]
            assert content["schema"]["$ref"] == f"#/components/schemas/{body}", path
        responses = operation["responses"]
        answer = responses[success]["content"]["application/json"]["schema"]
        assert answer["$ref"] == "#/components/schemas/Accepted", path
        statuses = {"400", "401", "422"} | ({"404", "409", "412"} if success == "200" else set())
        for status in statuses:
            assert responses[status]["content"] == PROBLEM, (path, status)
        assert operation["security"] == [{"HTTPBearer": []}]
        headers = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
        assert headers == {"if-match", "idempotency-key", "x-correlation-id"}

    upload = document["paths"]["/v1/attachments"]["post"]
    assert set(upload["requestBody"]["content"]) == {"application/octet-stream"}
    assert upload["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/StoredAttachment"
    }
    assert upload["responses"]["413"]["content"] == PROBLEM
    download = document["paths"]["/v1/attachments/{sha256}"]["get"]
    assert set(download["responses"]["200"]["content"]) == {"application/octet-stream"}
    assert download["responses"]["404"]["content"] == PROBLEM
    (digest,) = download["parameters"]
    assert digest["schema"]["pattern"] == "^[0-9a-f]{64}$"

    schemas = document["components"]["schemas"]
    assert {"recipientIds", "reminder", "remindAt", "relatedRecord", "attachments"} <= set(
        schemas["SendMessage"]["properties"]
    )
    assert set(schemas["AttachmentReference"]["required"]) == {"sha256", "name"}
    assert set(schemas["QueueEmail"]["required"]) == {"to", "subject", "body", "relatedRecord"}
