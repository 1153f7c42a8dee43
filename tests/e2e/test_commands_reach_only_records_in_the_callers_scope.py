"""Deny by default on the command side: every route of the OpenAPI document declares who may call
it (`x-cronica-access`), and every command on a record the URL names, tried by a user of every
role in units X, X1 (under X) and Y and by another company's admin on the record of its kind in
each unit and in the other company, answers as the README's matrix says: not found (404) when the
caller may not see the record, forbidden (403) when they may only read it or their role may not
give the command, and never refused by scope when they may change it. A refused command writes
nothing. New routes are walked without editing this test.

Bodies are left empty: a route checks access before it validates the body, so a caller the matrix
allows meets the body's validation (422) or the record's state instead, and no command changes
whom a record names (and so who may change it) while the matrix runs."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any
from uuid import UUID

import pytest

from cronica.domain.access import Access
from cronica.domain.roles import Capability, can
from cronica.ops.settings import Settings
from tests.fixtures.access_matrix import OTHER, UNITS, Member, Stage, expected, stage
from tests.fixtures.http.command_client import CommandApi, running_api

EXTENSION = "x-cronica-access"
ANY_KIND = "CronicaAggregate"
"""A route on a record of any kind (moving it): tried on customers."""


def _operations(api: CommandApi) -> list[tuple[str, str, dict[str, Any]]]:
    document = api.client.get("/openapi.json").json()
    return [
        (method, path, operation)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    ]


def test_every_route_of_the_app_declares_who_may_call_it(settings: Settings) -> None:
    with running_api(settings) as api:
        operations = _operations(api)
        undeclared = [f"{m.upper()} {p}" for m, p, op in operations if EXTENSION not in op]
        assert len(operations) > 100
        assert undeclared == []


def _outcome(stage: Stage, access: dict[str, Any], caller: Member, unit: str) -> int | None:
    """The status the matrix expects (403, 404), or None for a command the caller may give."""
    capability = access.get("capability")
    if capability and not can(caller.role, Capability(capability)):
        return 403
    kind = "Customer" if access["record"] == ANY_KIND else access["record"]
    allowed = expected(stage, kind, stage.rules[kind], caller, unit)
    return {Access.NONE: 404, Access.READ: 403, Access.CHANGE: None}[allowed]


def _row(member: Member) -> str:
    return member.role if member.unit != OTHER else f"{member.role} of another company"


def _path(path: str, path_id: str, record_id: str) -> str:
    """The route's path with the record's id, and any other part it names made up."""
    path = path.replace(f"{{{path_id}}}", record_id)
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + str(uuid.uuid4()) + path[end + 1 :]
    return path


def _written(api: CommandApi, after: int, refused: dict[tuple[str, str], str]) -> list[str]:
    """The refused requests (by record id and correlation id) that wrote an event of their
    record after position `after` (the app's reactions may write others meanwhile: an e-mail's
    sending). Read once at the end: reading the record's events after each request would
    double the matrix's time."""
    last = api.settled()
    written = []
    for notification in api.app.recorder.select_notifications(after + 1, last - after):
        event = api.app.mapper.to_domain_event(notification)
        request = refused.get((str(event.originator_id), event.correlation_id))
        if request is not None:
            written.append(f"written though refused: {request}")
    return written


@pytest.mark.long
def test_no_command_reaches_a_record_out_of_the_callers_scope(
    sqlite_only_settings: Settings,
) -> None:
    # On one database: the matrix's 6,753 requests check the policy, which decides in Python on
    # records loaded alike from either store; the other stories of this file run on both.
    with running_api(sqlite_only_settings) as api:
        scene = stage(api)
        routes = [
            (path, operation[EXTENSION])
            for method, path, operation in _operations(api)
            if method == "post" and operation[EXTENSION].get("record")
        ]
        counts: dict[str, Counter[str]] = {_row(member): Counter() for member in scene.members}
        wrong: list[str] = []
        refused_requests: dict[tuple[str, str], str] = {}
        start = api.settled()
        for path, access in routes:
            kind = "Customer" if access["record"] == ANY_KIND else access["record"]
            for caller in scene.members:
                for unit in (*UNITS, OTHER):
                    if caller.unit == OTHER and unit == OTHER:
                        continue
                    record_id = scene.records[kind][unit]
                    url = _path(path, access["pathId"], record_id)
                    correlation = str(uuid.uuid4())
                    answer = api.post(url, {}, token=caller.token, X_Correlation_Id=correlation)
                    status, detail = answer.status_code, answer.json().get("detail", "")
                    expected_status = _outcome(scene, access, caller, unit)
                    counts[_row(caller)][str(expected_status or "allowed")] += 1
                    refused = status == 403 or (status == 404 and record_id in str(detail))
                    seen = f"{caller.role} of {caller.unit} on {unit}'s {kind}: {url} {status}"
                    if expected_status is None and refused:
                        wrong.append(f"refused {seen} {detail}")
                    if expected_status is not None:
                        if status != expected_status:
                            wrong.append(f"expected {expected_status}, {seen} {detail}")
                        refused_requests[(record_id, correlation)] = seen
        print(f"\n{len(routes)} command routes on a record, tried by each user on each unit's:")
        for role, counted in counts.items():
            print(f"  {role:<24} " + "  ".join(f"{k}: {v}" for k, v in sorted(counted.items())))
        assert wrong == []
        assert _written(api, start, refused_requests) == []
        changing = [counted for role, counted in counts.items() if role != "auditor"]
        assert all(counted["404"] for counted in changing)
        assert all(counts[role]["allowed"] for role in ("admin", "manager", "agent", "office"))


def test_moving_a_user_or_a_record_changes_what_commands_may_touch_at_once(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        scene = stage(api)
        admin = scene.member("admin", "X").token
        agent_of_y = scene.member("agent", "Y")
        incident_of_x = scene.records["Incident"]["X"]
        close = f"/v1/incidents/{incident_of_x}/close"
        body = {"resolution": "Answered on the phone"}

        api.refused(close, body, 404, "not-found", Authorization=f"Bearer {agent_of_y.token}")
        move_user = f"/v1/users/{agent_of_y.user_id}/move-to-unit"
        api.created(move_user, {"unitId": scene.units["X"]}, Authorization=f"Bearer {admin}")
        api.created(close, body, Authorization=f"Bearer {agent_of_y.token}")

        customer_of_x = scene.records["Customer"]["X"]
        rename = f"/v1/customers/{customer_of_x}/rename"
        agent_of_x1 = scene.member("agent", "X1").token
        api.refused(rename, {"name": "Ruiz e hijos"}, 404, "not-found",
                    Authorization=f"Bearer {agent_of_x1}")  # fmt: skip
        moving = {"unitId": scene.units["X1"]}
        api.created(f"/v1/records/{customer_of_x}/move", moving, Authorization=f"Bearer {admin}")
        api.created(rename, {"name": "Ruiz e hijos"}, Authorization=f"Bearer {agent_of_x1}")
        record = api.app.repository.get(UUID(customer_of_x))
        assert record.unit_id == UUID(scene.units["X1"])


def test_a_record_moves_only_to_a_unit_the_caller_changes_in_and_only_if_it_has_one(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        scene = stage(api)
        manager_of_x = {"Authorization": f"Bearer {scene.member('manager', 'X').token}"}
        customer_of_x1 = scene.records["Customer"]["X1"]
        move = f"/v1/records/{customer_of_x1}/move"

        api.refused(move, {"unitId": scene.units["Y"]}, 403, "read-only", **manager_of_x)
        nowhere = {"unitId": str(uuid.uuid4())}
        assert api.fields_refused(move, nowhere, "unknown-reference", **manager_of_x) == ["unitId"]
        for kind in ("AgendaEntry", "User"):
            record = scene.records[kind]["X"]
            body = {"unitId": scene.units["X1"]}
            admin = {"Authorization": f"Bearer {scene.member('admin', 'X').token}"}
            api.refused(f"/v1/records/{record}/move", body, 422, "not-movable", **admin)
        api.created(move, {"unitId": scene.units["X"]}, **manager_of_x)
