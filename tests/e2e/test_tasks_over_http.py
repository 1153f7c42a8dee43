"""Task commands over HTTP on both databases: every command's happy path, and its refusals
(each answers problem+json and writes no event: `api.refused` checks both)."""

from __future__ import annotations

import uuid
from uuid import UUID

from cronica.domain.task import Task
from cronica.domain.task_values import TaskStatus
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.http.own_record_calls import as_user
from tests.fixtures.http.task_calls import CALL, DONE, NINE, TEN, case, plan, project


def task(api: CommandApi, task_id: str) -> Task:
    record = api.app.repository.get(UUID(task_id))
    assert isinstance(record, Task)
    return record


def test_a_task_is_planned_taken_in_charge_moved_closed_reopened_and_cancelled(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        contact = api.created(f"/v1/customers/{customer_id}/contacts", {"name": "Lucía Martín"})
        case_id, project_id = case(api, customer_id), project(api, customer_id)
        technician = api.user("technician")
        body = {**CALL, "customerId": customer_id, "contactId": contact["contactId"]}
        body.update(caseId=case_id, projectId=project_id, tags=["quote", "urgent"])

        response = api.post("/v1/tasks", body)
        assert (response.status_code, response.headers["ETag"]) == (201, '"1"')
        task_id = response.json()["id"]
        planned = task(api, task_id)
        assert (planned.number, planned.in_preparation) == ("T-000001", True)
        assert (planned.links.case_id, planned.links.project_id) == (
            UUID(case_id),
            UUID(project_id),
        )
        assert planned.details.tags == {"quote", "urgent"}

        steps = [
            ("take-charge", None),
            ("reassign", {"operatorId": str(technician.user_id)}),
            ("reschedule", {"startsAt": TEN}),
            ("close", {"note": "Sent the quote"}),
            ("reopen", {"reason": "He did not get it"}),
            ("cancel", {"reason": "He bought elsewhere"}),
        ]
        for version, (verb, step) in enumerate(steps, start=2):
            response = api.post(f"/v1/tasks/{task_id}/{verb}", step)
            assert response.status_code == 200, response.text
            assert response.json()["version"] == version

        cancelled = task(api, task_id)
        assert (cancelled.status, cancelled.operator_id) == (
            TaskStatus.CANCELLED,
            technician.user_id,
        )
        assert not cancelled.schedule.has_deadline
        (taken,) = api.app.events.get(UUID(task_id), gt=1, lte=2)
        assert isinstance(taken, Task.TakenInCharge)
        assert str(taken.operator_id) == taken.actor_id  # the caller took charge


def test_a_history_note_records_work_done_by_the_caller(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        technician = api.user("technician")

        note_id = api.created(
            "/v1/tasks/history-notes", {**DONE, "customerId": customer_id}, **as_user(technician)
        )["id"]

        note = task(api, note_id)
        assert (note.status, note.is_history_note, note.operator_id) == (
            TaskStatus.DONE,
            True,
            technician.user_id,
        )
        api.refused(f"/v1/tasks/{note_id}/reopen", {"reason": "x"}, 409, "illegal-transition")
        future = {**CALL, "customerId": customer_id, "startsAt": "2999-01-01T09:00:00+01:00"}
        future.pop("endsAt")
        api.refused("/v1/tasks/history-notes", future, 422, "time-in-the-future")


def test_a_follow_up_closes_the_task_and_plans_the_next_for_a_colleague(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        case_id = case(api, customer_id)
        task_id = plan(api, customer_id, caseId=case_id)
        colleague = api.user("agent", "Luis Gil")
        quote = {**CALL, "type": "quote", "description": "Quote twelve printers"}
        body = {**quote, "outcome": "He wants twelve", "operatorId": str(colleague.user_id)}
        url = f"/v1/tasks/{task_id}/follow-up"

        response = api.post(url, body, Idempotency_Key="follow-up-1")
        again = api.post(url, body, Idempotency_Key="follow-up-1")

        assert response.status_code == 200, response.text
        answer = response.json()
        assert set(answer) == {"id", "version", "position", "nextTaskId"}
        assert (answer["id"], answer["version"], response.headers["ETag"]) == (task_id, 2, '"2"')
        assert again.json()["nextTaskId"] == answer["nextTaskId"]
        followed, following = task(api, task_id), task(api, answer["nextTaskId"])
        assert (followed.status, followed.outcome) == (TaskStatus.DONE, "He wants twelve")
        assert (following.number, following.follows_task_id) == ("T-000002", UUID(task_id))
        assert (following.operator_id, following.links) == (colleague.user_id, followed.links)
        api.refused(url, body, 409, "illegal-transition")

        next_url = f"/v1/tasks/{answer['nextTaskId']}"
        api.created(f"/v1/cases/{case_id}/close", {"outcome": "Sold"})
        api.refused(f"{next_url}/follow-up", body, 409, "illegal-transition")
        api.refused("/v1/tasks", {**CALL, "customerId": customer_id, "caseId": case_id}, 409,
                    "illegal-transition")  # fmt: skip


def test_refused_task_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id, other_customer = api.customer(), api.customer()
        other_case, other_project = case(api, other_customer), project(api, other_customer)
        task_id = plan(api, customer_id, operatorId=str(api.user("agent", "Eva Soto").user_id))
        nobody = str(uuid.uuid4())
        new = {**CALL, "customerId": customer_id}
        unknown = [
            ({**new, "type": "telepathy"}, "unknown-reference", "type"),
            ({**new, "customerId": nobody}, "unknown-reference", "customerId"),
            ({**new, "contactId": nobody}, "unknown-contact", "contactId"),
            ({**new, "caseId": nobody}, "unknown-reference", "caseId"),
            ({**new, "projectId": nobody}, "unknown-reference", "projectId"),
            ({**new, "operatorId": nobody}, "unknown-reference", "operatorId"),
            ({**new, "startsAt": "2025-03-10T09:00:00"}, "invalid-body", "startsAt"),
            ({**new, "tags": [""]}, "invalid-body", "tags[0]"),
            ({**new, "colour": "red"}, "invalid-body", "colour"),
            ({key: v for key, v in new.items() if key != "type"}, "invalid-body", "type"),
        ]
        for body, problem, field in unknown:
            assert api.fields_refused("/v1/tasks", body, problem) == [field]
        for other in ({"caseId": other_case}, {"projectId": other_project}):
            api.refused("/v1/tasks", {**new, **other}, 422, "customer-mismatch")
        named = api.fields_refused("/v1/tasks", {**new, "endsAt": NINE}, "invalid-time-range")
        assert named == ["endsAt"]

        url = f"/v1/tasks/{task_id}"
        api.refused(f"{url}/take-charge", None, 409, "illegal-transition")
        api.refused(f"{url}/reopen", {"reason": "Not done"}, 409, "illegal-transition")
        api.refused(f"{url}/reassign", {"operatorId": nobody}, 422, "unknown-reference")
        api.refused(f"{url}/follow-up", {**CALL, "outcome": "x", "type": "x"}, 422,
                    "unknown-reference")  # fmt: skip
        api.refused(f"{url}/close", {"note": "x"}, 412, "stale-version", If_Match='"7"')
        api.refused(f"/v1/tasks/{nobody}/close", {}, 404, "not-found")
        api.refused(f"/v1/tasks/{customer_id}/cancel", {"reason": "x"}, 404, "not-found")
        api.created(f"{url}/close", {}, If_Match='"1"')
        api.refused(f"{url}/cancel", {"reason": "Too late"}, 409, "illegal-transition")

        admin = api.user("admin", "Rosa Prieto")
        api.created("/v1/catalogues/task_types/entries/call/remove", None, **as_user(admin))
        answer = api.refused("/v1/tasks", new, 422, "unknown-reference")
        assert answer["errors"][0]["field"] == "type"
