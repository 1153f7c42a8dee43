"""Administrators shape the company's tree of business units and place users in it over HTTP;
what a user creates is owned by his unit from its first event."""

from __future__ import annotations

import uuid
from uuid import UUID

from cronica.domain.ownership import root_unit_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api


def unit(api: CommandApi, admin: str, name: str, parent_id: UUID | str) -> str:
    body = {"name": name, "parentId": str(parent_id)}
    return str(api.created("/v1/business-units", body, Authorization=f"Bearer {admin}")["id"])


def test_an_admin_builds_the_tree_and_users_create_records_in_their_unit(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        admin = api.user("admin", "Eva Soto").token
        company_id = api.app.repository.get(api.user("agent").user_id).company_id
        root = root_unit_id_for(company_id)
        sales = unit(api, admin, "Sales", root)
        north = unit(api, admin, "Sales north", sales)

        added = api.post(
            "/v1/users", {"name": "Marta Vidal", "role": "agent", "unitId": north}, token=admin
        )
        assert added.status_code == 201, added.text
        seller = added.json()
        customer_id = api.created(
            "/v1/customers",
            {"kind": "prospect", "name": "Ferrer SL"},
            Authorization=f"Bearer {seller['token']}",
        )["id"]

        customer_events = api.app.events.get(UUID(customer_id))
        assert {str(event.unit_id) for event in customer_events} == {north}
        renamed = api.post(f"/v1/business-units/{north}/rename", {"name": "North"}, token=admin)
        assert renamed.status_code == 200 and renamed.headers["ETag"] == '"2"'
        moved = api.post(f"/v1/business-units/{north}/move", {"parentId": str(root)}, token=admin)
        assert moved.status_code == 200, moved.text
        user_url = f"/v1/users/{seller['id']}"
        assert api.post(f"{user_url}/move-to-unit", {"unitId": sales}, token=admin).is_success
        assert api.post(f"{user_url}/change-role", {"role": "manager"}, token=admin).is_success
        user = api.app.repository.get(UUID(seller["id"]))
        assert (str(user.unit_id), user.role.value) == (sales, "manager")


def test_the_tree_refuses_cycles_strangers_and_stale_versions(settings: Settings) -> None:
    with running_api(settings) as api:
        admin = api.user("admin", "Eva Soto").token
        agent_id = api.user("agent").user_id
        root = root_unit_id_for(api.app.repository.get(agent_id).company_id)
        sales = unit(api, admin, "Sales", root)
        team = unit(api, admin, "Team A", sales)
        nobody = str(uuid.uuid4())
        as_admin = {"Authorization": f"Bearer {admin}"}

        api.refused(
            f"/v1/business-units/{sales}/move",
            {"parentId": team},
            422,
            "unit-hierarchy",
            **as_admin,
        )
        api.refused(
            f"/v1/business-units/{root}/move",
            {"parentId": sales},
            422,
            "unit-hierarchy",
            **as_admin,
        )
        problem = api.refused(
            "/v1/business-units",
            {"name": "X", "parentId": nobody},
            422,
            "unknown-reference",
            **as_admin,
        )
        assert problem["errors"][0]["field"] == "parentId"
        api.refused(
            f"/v1/business-units/{nobody}/rename", {"name": "X"}, 404, "not-found", **as_admin
        )
        api.refused(
            f"/v1/business-units/{sales}/rename",
            {"name": "X"},
            412,
            "stale-version",
            If_Match='"7"',
            **as_admin,
        )
        api.refused(
            "/v1/business-units", {"name": "", "parentId": sales}, 422, "invalid-body", **as_admin
        )
        api.refused(
            f"/v1/users/{agent_id}/change-role", {"role": "pope"}, 422, "invalid-body", **as_admin
        )
        api.refused(
            "/v1/users",
            {"name": "Luis", "role": "agent", "unitId": nobody},
            422,
            "unknown-reference",
            **as_admin,
        )
        # Only administrators shape the organisation: the agent's own token is refused.
        api.refused("/v1/business-units", {"name": "Mine", "parentId": sales}, 403, "forbidden")
        api.refused(f"/v1/users/{agent_id}/change-role", {"role": "admin"}, 403, "forbidden")
