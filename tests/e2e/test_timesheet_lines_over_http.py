"""Timesheet lines added by hand over HTTP: added, corrected, withdrawn; each refusal answers
problem+json and writes no event (`api.refused`)."""

from __future__ import annotations

import uuid
from uuid import UUID

from cronica.commands.identity import authenticate
from cronica.domain.timesheet_line import TimesheetEntry, TimesheetEntryStatus
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import refused_naming, running_api
from tests.fixtures.http.own_record_calls import LINE, as_user

LINES = "/v1/timesheet-lines"


def test_a_user_adds_corrects_and_withdraws_his_lines_and_a_manager_anyones(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        agent = authenticate(api.app, api.token)
        manager = api.user("manager", "Marta Vidal")
        incident_id = api.incident()
        body = {**LINE, "relatedRecord": {"type": "incident", "id": incident_id}}

        response = api.post(LINES, body)
        assert response.status_code == 201, response.text
        assert response.headers["ETag"] == '"1"'
        line_id = response.json()["id"]
        correction = {"endedAt": "2025-03-03T12:00:00+01:00", "description": "Inventory"}
        assert api.created(f"{LINES}/{line_id}/correct", correction)["version"] == 3
        for_agent = {**LINE, "employeeId": str(agent.user_id)}
        other_id = api.created(LINES, for_agent, **as_user(manager))["id"]
        withdrawal = {"reason": "Entered twice"}
        assert api.created(f"{LINES}/{other_id}/withdraw", withdrawal, If_Match="1")["version"] == 2

        line = api.app.repository.get(UUID(line_id))
        assert isinstance(line, TimesheetEntry)
        assert (line.employee_id, line.unit_id, line.related_id) == (
            agent.user_id,
            agent.unit_id,
            UUID(incident_id),
        )
        assert (line.ended_at.hour, line.description) == (12, "Inventory")
        withdrawn = api.app.repository.get(UUID(other_id))
        assert (withdrawn.employee_id, withdrawn.status) == (
            agent.user_id,
            TimesheetEntryStatus.WITHDRAWN,
        )


def test_refused_timesheet_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        manager, technician = api.user("manager", "Marta Vidal"), api.user("technician")
        customer_id = api.customer()
        line_id = api.created(LINES, LINE)["id"]
        for_technician = {**LINE, "employeeId": str(technician.user_id)}
        technicians = api.created(LINES, for_technician, **as_user(manager))["id"]
        correct, withdraw = f"{LINES}/{line_id}/correct", f"{LINES}/{line_id}/withdraw"
        nobody = str(uuid.uuid4())

        # Another user's timesheet: only their supervisors and admins; its lines are not even
        # known to the others.
        api.refused(LINES, for_technician, 403, "forbidden")
        api.refused(f"{LINES}/{technicians}/withdraw", {"reason": "x"}, 404, "not-found")
        # Unknown in the URL (or another kind of record): 404; in the body: 422 naming the field.
        for record_id in (nobody, customer_id):
            api.refused(f"{LINES}/{record_id}/withdraw", {"reason": "x"}, 404, "not-found")
        unknown = [
            ({"employeeId": nobody}, "employeeId"),
            ({"relatedRecord": {"type": "incident", "id": customer_id}}, "relatedRecord"),
        ]
        for change, field in unknown:
            body = {**LINE, **change}
            named = api.fields_refused(LINES, body, "unknown-reference", **as_user(manager))
            assert named == [field]
        malformed = [
            (LINES, {**LINE, "startedAt": "2025-03-03T09:00:00"}, "invalid-body", "startedAt"),
            (LINES, {**LINE, "endedAt": LINE["startedAt"]}, "invalid-time-range", "endedAt"),
            (LINES, {**LINE, "workCentre": ""}, "invalid-body", "workCentre"),
            (LINES, {**LINE, "relatedRecord": {"type": "planet", "id": nobody}}, "invalid-body",
             "relatedRecord.type"),
            (LINES, {**LINE, "hours": 2}, "invalid-body", "hours"),
            (correct, {}, "invalid-body", "body"),
            (correct, {"endedAt": "2025-03-03T08:00:00+01:00"}, "invalid-time-range", "endedAt"),
            (withdraw, {}, "invalid-body", "reason"),
        ]  # fmt: skip
        refused_naming(api, malformed)
        # A stale If-Match; then commands that do not apply.
        api.refused(correct, {"description": "Inventory"}, 412, "stale-version", If_Match='"2"')
        api.refused(correct, {"description": LINE["description"]}, 409, "illegal-transition")
        api.created(withdraw, {"reason": "Entered twice"})
        api.refused(withdraw, {"reason": "Twice"}, 409, "illegal-transition")
        api.refused(correct, {"description": "Late"}, 409, "illegal-transition")
        assert api.version_of(line_id) == 2
