"""Agenda entries over HTTP: put in one's own agenda (a manager's or admin's in anyone's), moved,
edited, cancelled; each refusal answers problem+json and writes no event (`api.refused`). The
OpenAPI document describes these routes and those of timesheet lines."""

from __future__ import annotations

import uuid
from uuid import UUID

from fastapi.testclient import TestClient

from cronica.commands.identity import authenticate
from cronica.domain.agenda_entry import AgendaEntry, AgendaEntryStatus
from cronica.domain.ownership import root_unit_id_for
from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import refused_naming, running_api
from tests.fixtures.http.own_record_calls import ENTRY, as_user

ENTRIES = "/v1/agenda-entries"


def test_an_entry_is_put_moved_edited_and_cancelled_in_its_owners_unit(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        agent = authenticate(api.app, api.token)
        admin = api.user("admin", "Eva Soto")
        root = str(root_unit_id_for(agent.company_id))
        valencia = api.created(
            "/v1/business-units", {"name": "Valencia", "parentId": root}, **as_user(admin)
        )["id"]
        technician = api.created(
            "/v1/users",
            {"name": "Luis Gil", "role": "technician", "unitId": valencia},
            **as_user(admin),
        )
        incident_id = api.incident()
        related = {"type": "incident", "id": incident_id}

        response = api.post(ENTRIES, {**ENTRY, "relatedRecord": related, "notes": "Fuser"})
        assert response.status_code == 201, response.text
        assert response.headers["ETag"] == '"1"'
        own_id = response.json()["id"]
        all_day = {"startsAt": "2025-03-05T00:00:00+01:00", "endsAt": "2025-03-06T00:00:00+01:00"}
        body = {**ENTRY, **all_day, "allDay": True, "ownerId": technician["id"]}
        others_id = api.created(ENTRIES, body, **as_user(admin))["id"]
        noon = {"startsAt": "2025-03-04T12:00:00+01:00", "endsAt": "2025-03-04T13:00:00+01:00"}
        steps = [
            ("move", noon, 2),
            ("edit", {"title": "Visit Talleres Pérez (Alzira)", "notes": ""}, 4),  # two changes
            ("cancel", {}, 5),
        ]
        version = 1
        for verb, step, expected in steps:
            answer = api.created(f"{ENTRIES}/{own_id}/{verb}", step, If_Match=str(version))
            version = answer["version"]
            assert version == expected
        moved = {"startsAt": "2025-03-06T00:00:00+01:00", "endsAt": "2025-03-08T00:00:00+01:00"}
        api.created(f"{ENTRIES}/{others_id}/move", moved, **as_user(admin))
        cancel = {"reason": "Day off"}
        api.created(
            f"{ENTRIES}/{others_id}/cancel", cancel, Authorization=f"Bearer {technician['token']}"
        )

        own = api.app.repository.get(UUID(own_id))
        assert isinstance(own, AgendaEntry)
        assert (own.owner_id, own.unit_id, own.related_id, own.caused_by) == (
            agent.user_id,
            agent.unit_id,
            UUID(incident_id),
            None,
        )
        assert (own.starts_at.hour, own.title, own.notes, own.status) == (
            12,
            "Visit Talleres Pérez (Alzira)",
            "",
            AgendaEntryStatus.CANCELLED,
        )
        others = api.app.repository.get(UUID(others_id))
        # Put by an admin of the root unit, it belongs to its owner's unit.
        assert (others.owner_id, others.unit_id) == (UUID(technician["id"]), UUID(valencia))
        assert (others.all_day, others.starts_at.day, others.cancellation_reason) == (
            True,
            6,
            "Day off",
        )


def test_refused_agenda_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        manager, technician = api.user("manager", "Marta Vidal"), api.user("technician")
        customer_id = api.customer()
        entry_id = api.created(ENTRIES, ENTRY)["id"]
        for_technician = {**ENTRY, "ownerId": str(technician.user_id)}
        technicians = api.created(ENTRIES, for_technician, **as_user(manager))["id"]
        move, edit, cancel = (f"{ENTRIES}/{entry_id}/{verb}" for verb in ("move", "edit", "cancel"))
        nobody = str(uuid.uuid4())

        # Another user's agenda: only their supervisors and admins; its entries are not even
        # known to the others.
        api.refused(ENTRIES, for_technician, 403, "forbidden")
        api.refused(f"{ENTRIES}/{technicians}/edit", {"title": "Mine"}, 404, "not-found")
        # Unknown in the URL (or another kind of record): 404; in the body: 422 naming the field.
        for record_id in (nobody, customer_id):
            api.refused(f"{ENTRIES}/{record_id}/cancel", {}, 404, "not-found")
        unknown = [
            ({"ownerId": nobody}, "ownerId"),
            ({"relatedRecord": {"type": "task", "id": customer_id}}, "relatedRecord"),
        ]
        for change, field in unknown:
            body = {**ENTRY, **change}
            named = api.fields_refused(ENTRIES, body, "unknown-reference", **as_user(manager))
            assert named == [field]
        malformed = [
            (ENTRIES, {**ENTRY, "endsAt": "2025-03-04T11:00:00"}, "invalid-body", "endsAt"),
            (ENTRIES, {**ENTRY, "title": "x" * 201}, "invalid-body", "title"),
            (ENTRIES, {**ENTRY, "allDay": "sometimes"}, "invalid-body", "allDay"),
            (ENTRIES, {**ENTRY, "causedBy": "forged"}, "invalid-body", "causedBy"),
            (edit, {}, "invalid-body", "body"),
            (move, {"startsAt": ENTRY["startsAt"]}, "invalid-body", "endsAt"),
        ]
        refused_naming(api, malformed)
        for path, body, field in [
            (ENTRIES, {**ENTRY, "endsAt": ENTRY["startsAt"]}, "endsAt"),
            (ENTRIES, {**ENTRY, "allDay": True}, "startsAt"),  # not from midnight to midnight
            (move, {"startsAt": ENTRY["endsAt"], "endsAt": ENTRY["startsAt"]}, "endsAt"),
        ]:
            assert api.fields_refused(path, body, "invalid-time-range") == [field]
        # A stale If-Match; then commands that do not apply.
        api.refused(edit, {"title": "Later"}, 412, "stale-version", If_Match='"2"')
        same_slot = {"startsAt": ENTRY["startsAt"], "endsAt": ENTRY["endsAt"]}
        api.refused(move, same_slot, 409, "illegal-transition")
        api.refused(edit, {"title": ENTRY["title"]}, 409, "illegal-transition")
        api.created(cancel, {"reason": "Called off"})
        a_day_later = {
            "startsAt": "2025-03-05T10:00:00+01:00",
            "endsAt": "2025-03-05T11:00:00+01:00",
        }
        for path, body in [(cancel, {}), (edit, {"title": "Later"}), (move, a_day_later)]:
            api.refused(path, body, 409, "illegal-transition")
        assert api.version_of(entry_id) == 2


def test_openapi_describes_the_timesheet_and_agenda_commands(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()

    schemas = document["components"]["schemas"]
    assert set(schemas["RelatedRecord"]["properties"]["type"]["enum"]) == {
        "case",
        "customer",
        "incident",
        "notice",
        "opportunity",
        "project",
        "repair_order",
        "task",
    }
    assert "causedBy" not in schemas["PutInAgenda"]["properties"]
    assert set(schemas["CorrectTimesheetLine"]["properties"]) == {
        "startedAt",
        "endedAt",
        "description",
    }
