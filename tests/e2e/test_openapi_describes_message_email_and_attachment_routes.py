"""The OpenAPI document describes the message and e-mail bodies and the attachment routes (raw
bytes up, bytes down, digests in the path)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings

PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def test_openapi_describes_messages_emails_and_attachments(sqlite_only_settings: Settings) -> None:
    with TestClient(create_app(sqlite_only_settings)) as client:
        document = client.get("/openapi.json").json()

    upload = document["paths"]["/v1/attachments"]["post"]
    assert set(upload["requestBody"]["content"]) == {"application/octet-stream"}
    assert upload["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/StoredAttachment"
    }
    assert upload["responses"]["413"]["content"] == PROBLEM
    download = document["paths"]["/v1/attachments/{sha256}"]["get"]
    assert set(download["responses"]["200"]["content"]) == {"application/octet-stream"}
    assert download["responses"]["404"]["content"] == PROBLEM
    digest, message = download["parameters"]
    assert digest["schema"]["pattern"] == "^[0-9a-f]{64}$"
    # Optional: without it, a user downloads only what he uploaded himself.
    assert (message["name"], message["in"], message["required"]) == ("messageId", "query", False)

    schemas = document["components"]["schemas"]
    assert {"recipientIds", "reminder", "remindAt", "relatedRecord", "attachments"} <= set(
        schemas["SendMessage"]["properties"]
    )
    assert set(schemas["AttachmentReference"]["required"]) == {"sha256", "name"}
    assert set(schemas["QueueEmail"]["required"]) == {"to", "subject", "body", "relatedRecord"}
