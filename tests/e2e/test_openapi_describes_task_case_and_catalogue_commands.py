"""The OpenAPI document describes each task, case and catalogue command: its body, its answer,
its problems, its guards, and which catalogues there are."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cronica.domain.catalogue_values import CatalogueKind
from cronica.ops.app import create_app
from cronica.ops.settings import Settings

TASK = "/v1/tasks/{taskId}"
ENTRY = "/v1/catalogues/{kind}/entries/{code}"
TASK_TYPE = "/v1/catalogues/task_types/entries/{code}"
COMMANDS = {
    "/v1/tasks": ("PlanTask", "201", "Accepted"),
    "/v1/tasks/history-notes": ("RecordHistoryNote", "201", "Accepted"),
    f"{TASK}/take-charge": (None, "200", "Accepted"),
    f"{TASK}/reassign": ("ReassignTask", "200", "Accepted"),
    f"{TASK}/reschedule": ("RescheduleTask", "200", "Accepted"),
    f"{TASK}/follow-up": ("FollowUpTask", "200", "FollowedUp"),
    f"{TASK}/close": ("CloseTask", "200", "Accepted"),
    f"{TASK}/cancel": ("CancelTask", "200", "Accepted"),
    f"{TASK}/reopen": ("ReopenTask", "200", "Accepted"),
    "/v1/cases": ("OpenCase", "201", "Accepted"),
    "/v1/cases/{caseId}/rename": ("RenameCase", "200", "Accepted"),
    "/v1/cases/{caseId}/close": ("CloseCase", "200", "Accepted"),
    "/v1/cases/{caseId}/reopen": ("ReopenCase", "200", "Accepted"),
    "/v1/catalogues/{kind}/entries": ("AddCatalogueEntry", "201", "Accepted"),
    f"{ENTRY}/rename": ("RenameCatalogueEntry", "200", "Accepted"),
    f"{ENTRY}/remove": (None, "200", "Accepted"),
    f"{TASK_TYPE}/prioritise": (None, "200", "Accepted"),
    f"{TASK_TYPE}/deprioritise": (None, "200", "Accepted"),
}
PROBLEM = {"schema": {"$ref": "#/components/schemas/Problem"}}


def test_each_command_documents_its_body_answer_problems_and_guards(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

    for path, (body, success, answer) in COMMANDS.items():
        operation = document["paths"][path]["post"]
        assert operation["summary"], path
        if body is None:
            assert "requestBody" not in operation, path
        else:
            content = operation["requestBody"]["content"]["application/json"]
            assert content["schema"]["$ref"] == f"#/components/schemas/{body}", path
        schema = operation["responses"][success]["content"]["application/json"]["schema"]
        assert schema["$ref"] == f"#/components/schemas/{answer}", path
        statuses = {"400", "401", "422"} | ({"403"} if "catalogues" in path else set())
        if success == "200":  # an action on an existing record (or catalogue entry)
            statuses |= {"404", "409", "412"}
        for status in statuses:
            assert operation["responses"][status]["content"] == {
                "application/problem+json": PROBLEM
            }, (path, status)
        assert operation["security"] == [{"HTTPBearer": []}]
        headers = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
        assert headers == {"if-match", "idempotency-key", "x-correlation-id"}

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
