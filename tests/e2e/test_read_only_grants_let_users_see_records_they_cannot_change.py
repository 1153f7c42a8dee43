"""A read-only grant, to a user or to a unit (and so to everyone in it and under it), lets them see
another unit's records and those under it without changing them: their commands answer 403
instead of 404, in the URL and in the body alike, until the grant is withdrawn. Supervisors write
in the agendas of the people of their units only."""

from __future__ import annotations

from cronica.ops.settings import Settings
from tests.fixtures.access_matrix import stage
from tests.fixtures.http.command_client import running_api
from tests.fixtures.http.own_record_calls import ENTRY


def test_a_grant_to_a_user_turns_not_found_into_read_only_until_withdrawn(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        scene = stage(api)
        admin = {"Authorization": f"Bearer {scene.member('admin', 'X').token}"}
        agent = scene.member("agent", "Y")
        as_agent = {"Authorization": f"Bearer {agent.token}"}
        close = f"/v1/incidents/{scene.records['Incident']['X1']}/close"
        body = {"resolution": "Not mine"}
        opening = {"customerId": scene.records["Customer"]["X"], "subject": "Jams"}
        opening["description"] = "It jams."
        grant = {"unitId": scene.units["X"]}
        grants = f"/v1/users/{agent.user_id}/read-grants"

        api.refused(close, body, 404, "not-found", **as_agent)
        assert api.fields_refused("/v1/incidents", opening, "unknown-reference", **as_agent) == [
            "customerId"
        ]
        api.refused(grants, grant, 403, "forbidden", **as_agent)
        api.created(grants, grant, **admin)
        api.refused(close, body, 403, "read-only", **as_agent)
        refused = api.refused("/v1/incidents", opening, 403, "read-only", **as_agent)
        assert refused["errors"][0]["field"] == "customerId"
        api.created(f"{grants}/withdraw", grant, **admin)
        api.refused(close, body, 404, "not-found", **as_agent)


def test_a_grant_to_a_unit_reaches_everyone_under_it(settings: Settings) -> None:
    with running_api(settings) as api:
        scene = stage(api)
        admin = {"Authorization": f"Bearer {scene.member('admin', 'X').token}"}
        of_x1 = {"Authorization": f"Bearer {scene.member('office', 'X1').token}"}
        rename = f"/v1/customers/{scene.records['Customer']['Y']}/rename"

        api.refused(rename, {"name": "Ruiz"}, 404, "not-found", **of_x1)
        grants = f"/v1/business-units/{scene.units['X']}/read-grants"
        api.created(grants, {"unitId": scene.units["Y"]}, **admin)
        api.refused(rename, {"name": "Ruiz"}, 403, "read-only", **of_x1)


def test_supervisors_write_in_the_agendas_of_the_people_of_their_units_only(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        scene = stage(api)
        manager_of = {u: {"Authorization": f"Bearer {scene.member('manager', u).token}"}
                      for u in ("X", "X1", "Y")}  # fmt: skip
        for_agent_of = {u: {**ENTRY, "ownerId": scene.member("agent", u).user_id}
                        for u in ("X", "X1")}  # fmt: skip

        api.created("/v1/agenda-entries", for_agent_of["X1"], **manager_of["X"])
        api.refused("/v1/agenda-entries", for_agent_of["X"], 403, "forbidden", **manager_of["X1"])
        edit = f"/v1/agenda-entries/{scene.records['AgendaEntry']['X']}/edit"
        api.refused(edit, {"title": "Mine"}, 404, "not-found", **manager_of["Y"])
        api.created(edit, {"title": "Visit, by the manager"}, **manager_of["X"])
