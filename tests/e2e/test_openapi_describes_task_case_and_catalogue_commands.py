"""The OpenAPI document describes the bodies and answers particular to tasks, cases and catalogues,
and which catalogues there are (what every command shares: test_openapi_describes_every_command)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.domain.catalogue_values import CatalogueKind
from cronica.ops.app import create_app
from cronica.ops.settings import Settings


def test_task_bodies_answers_and_catalogue_kinds_are_described(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

    schemas = document["components"]["schemas"]
    assert set(schemas["CatalogueKind"]["enum"]) == set(CatalogueKind)
    assert set(schemas["FollowedUp"]["required"]) >= {"id", "version", "position", "nextTaskId"}
    assert {"outcome", "type", "startsAt", "operatorId"} <= set(
        schemas["FollowUpTask"]["properties"]
    )
    assert "customerId" not in schemas["FollowUpTask"]["properties"]
    assert {"customerId", "contactId", "caseId", "projectId", "tags"} <= set(
        schemas["PlanTask"]["properties"]
    )
