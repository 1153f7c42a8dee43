"""Projects over HTTP: opened for a customer, renamed, rescheduled, handed to another responsible
user, closed and reopened; each refusal answers problem+json and writes no event (`api.refused`).
The OpenAPI document describes these routes and those of repair orders."""

from __future__ import annotations

import uuid
from datetime import date
from uuid import UUID

from fastapi.testclient import TestClient

from cronica.commands.identity import authenticate
from cronica.domain.project import Project, ProjectDates, ProjectStatus
from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import refused_naming, running_api
from tests.fixtures.http.repair_order_calls import (
    MARCH,
    PROJECTS,
    contact,
    project_body,
    refused_everywhere,
)
from tests.fixtures.http.task_calls import CALL

VERBS = ("rename", "reschedule", "assign", "close", "reopen")


def test_a_project_is_opened_renamed_rescheduled_reassigned_closed_and_reopened(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        agent = authenticate(api.app, api.token)
        marta, pau = (str(api.user("manager", name).user_id) for name in ("Marta", "Pau"))
        customer_id = api.customer()
        contact_id = contact(api, customer_id)
        body = project_body(customer_id, contactId=contact_id, responsibleId=marta)

        response = api.post(PROJECTS, body)
        assert response.status_code == 201, response.text
        assert response.headers["ETag"] == '"1"'
        project_id = response.json()["id"]
        steps = [
            ("rename", {"name": "Shop fit-out", "description": "Tills too."}, 3),  # two changes
            ("reschedule", {"startsOn": "2025-04-01", "targetOn": "2025-04-01"}, 4),
            ("assign", {"responsibleId": pau}, 5),
            ("close", {"outcome": "cancelled", "note": "The customer moved"}, 6),
            ("rename", {"name": "Shop fit-out (cancelled)"}, 7),
            ("reopen", {"reason": "They came back"}, 8),
        ]
        version = 1
        for verb, step, expected in steps:
            answer = api.created(f"{PROJECTS}/{project_id}/{verb}", step, If_Match=f'"{version}"')
            version = answer["version"]
            assert version == expected, verb

        project = api.app.repository.get(UUID(project_id))
        assert isinstance(project, Project)
        assert (project.number, project.status, project.name, project.description) == (
            "PR-000001",
            ProjectStatus.OPEN,
            "Shop fit-out (cancelled)",
            "Tills too.",
        )
        assert (project.customer_id, project.contact_id, project.responsible_id) == (
            UUID(customer_id),
            UUID(contact_id),
            UUID(pau),
        )
        assert project.dates == ProjectDates(date(2025, 4, 1), date(2025, 4, 1))
        plain = api.created(PROJECTS, project_body(customer_id))["id"]
        second = api.app.repository.get(UUID(plain))
        assert (second.number, second.responsible_id, second.contact_id) == (
            "PR-000002",
            agent.user_id,
            None,
        )


def test_refused_project_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        body = project_body(customer_id)
        project_id = api.created(PROJECTS, body)["id"]
        at = {verb: f"{PROJECTS}/{project_id}/{verb}" for verb in VERBS}
        nobody = str(uuid.uuid4())
        april = {"startsOn": "2025-04-01", "targetOn": "2025-04-30"}
        caller = {"responsibleId": str(authenticate(api.app, api.token).user_id)}
        actions = [
            ("rename", {"name": "Shop fit-out"}),
            ("reschedule", april),
            ("assign", caller),
            ("close", {"outcome": "completed"}),
            ("reopen", {"reason": "Again"}),
        ]

        # Unknown in the URL (or another kind of record): 404, for every action.
        refused_everywhere(api, PROJECTS, [nobody, customer_id], actions)
        # Unknown in the body, or malformed: 422 naming the field.
        reference, invalid = "unknown-reference", "invalid-body"
        refused_naming(
            api,
            [
                (PROJECTS, {**body, "customerId": nobody}, reference, "customerId"),
                (PROJECTS, {**body, "responsibleId": nobody}, reference, "responsibleId"),
                (PROJECTS, {**body, "responsibleId": customer_id}, reference, "responsibleId"),
                (PROJECTS, {**body, "contactId": nobody}, "unknown-contact", "contactId"),
                (at["assign"], {"responsibleId": nobody}, reference, "responsibleId"),
                (PROJECTS, {**body, "targetOn": "2025-02-30"}, invalid, "targetOn"),
                (PROJECTS, {**body, "name": ""}, invalid, "name"),
                (PROJECTS, {**body, "number": "PR-000042"}, invalid, "number"),
                (at["rename"], {}, invalid, "body"),
                (at["reschedule"], {"startsOn": "2025-04-01"}, invalid, "targetOn"),
                (at["close"], {"outcome": "open"}, invalid, "outcome"),
            ],
        )
        backwards = {"startsOn": MARCH["targetOn"], "targetOn": MARCH["startsOn"]}
        for path, step in [(PROJECTS, {**body, **backwards}), (at["reschedule"], backwards)]:
            problem = api.refused(path, step, 422, "invalid-date-range")
            assert "before the start" in problem["detail"]
            assert [error["field"] for error in problem["errors"]] == ["targetOn"]
        # A stale If-Match; then commands that change nothing or do not apply.
        api.refused(at["rename"], {"name": "Later"}, 412, "stale-version", If_Match='"2"')
        unchanged = {"name": body["name"], "description": body["description"]}
        for verb, step in [("rename", unchanged), ("reschedule", MARCH), *actions[2:3], actions[4]]:
            api.refused(at[verb], step, 409, "illegal-transition")
        api.created(at["close"], {"outcome": "completed"})
        for verb, step in actions[1:4]:
            api.refused(at[verb], step, 409, "illegal-transition")
        # A closed project takes no new work: no task planned, no order received in it.
        in_project = {**CALL, "customerId": customer_id, "projectId": project_id}
        problem = api.refused("/v1/tasks", in_project, 409, "illegal-transition")
        assert "plan a task in" in problem["detail"]
        assert api.version_of(project_id) == 2


def test_openapi_describes_the_project_and_repair_order_commands(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

    schemas = document["components"]["schemas"]
    assert set(schemas["CloseProject"]["properties"]["outcome"]["enum"]) == {
        "completed",
        "cancelled",
    }
    rating = schemas["VerifyRepairOrder"]["properties"]["rating"]
    assert (rating["minimum"], rating["maximum"]) == (1, 5)
    receive = schemas["ReceiveRepairOrder"]
    assert set(receive["required"]) == {"customerId", "receivedBy", "faultDescription"}
    assert "number" not in receive["properties"]
