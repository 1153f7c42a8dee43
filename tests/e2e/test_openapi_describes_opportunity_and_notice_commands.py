"""The OpenAPI document describes the bodies and answers particular to opportunities and notices
(what every command shares: test_openapi_describes_every_command)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings


def test_opportunity_and_notice_bodies_and_answers_are_described(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

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
