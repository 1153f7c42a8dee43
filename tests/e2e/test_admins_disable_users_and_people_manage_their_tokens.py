"""Administrators disable users and revoke tokens; people issue, list and revoke their own
tokens, which may expire; the company's last administrator cannot leave; a repeated user
creation never answers a token that does not work; refused commands are audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.http.signing_in import events_of, kinds_of

CUSTOMER = {"kind": "prospect", "name": "Frutas Levante"}
TOKENS = "/v1/api-tokens"


def works(api: CommandApi, token: str) -> bool:
    answer = api.client.post(
        "/graphql", json={"query": "{ me { name } }"}, headers={"Authorization": f"Bearer {token}"}
    )
    command = api.post("/v1/customers", CUSTOMER, token=token)
    assert (answer.status_code == 200) == command.is_success, (answer.text, command.text)
    return command.is_success


def enabled_in_directory(api: CommandApi, token: str, user_id: object) -> bool:
    """Whether the user directory (GraphQL `user`) shows the user enabled, once caught up."""
    api.client.app.state.container.runner.catch_up()  # type: ignore[attr-defined]
    query = {"query": f'{{ user(id: "{user_id}") {{ enabled }} }}'}
    answer = api.client.post("/graphql", json=query, headers={"Authorization": f"Bearer {token}"})
    enabled: bool = answer.json()["data"]["user"]["enabled"]
    return enabled


def test_a_disabled_users_every_token_stops_at_once_until_he_is_enabled(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        admin = api.user("admin", "Eva Soto").token
        agent = api.user("agent")
        second = api.created(TOKENS, {}, Authorization=f"Bearer {agent.token}")["token"]
        feed = api.created("/v1/me/calendar-feed", {}, Authorization=f"Bearer {agent.token}")
        feed_path = urlsplit(feed["url"]).path
        api.client.app.state.container.runner.catch_up()  # type: ignore[attr-defined]
        assert api.client.get(feed_path).status_code == 200

        assert api.post(f"/v1/users/{agent.user_id}/disable", token=admin).is_success

        api.client.app.state.container.runner.catch_up()  # type: ignore[attr-defined]
        assert api.client.get(feed_path).status_code == 404
        assert not works(api, agent.token) and not works(api, second)
        assert kinds_of(api, agent.user_id)[-2:] == ["User.Disabled", "User.CalendarFeedIssued"]
        assert enabled_in_directory(api, admin, agent.user_id) is False
        assert api.post(f"/v1/users/{agent.user_id}/enable", token=admin).is_success
        assert works(api, agent.token) and works(api, second)
        assert enabled_in_directory(api, admin, agent.user_id) is True
        api.refused(f"/v1/users/{agent.user_id}/disable", None, 403, "forbidden")


def test_people_list_and_revoke_their_own_tokens_and_admins_revoke_anyones(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        admin = api.user("admin", "Eva Soto").token
        agent, other = api.user("agent"), api.user("agent", "Pau Roig")
        soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        issued = api.created(TOKENS, {"expiresAt": soon}, Authorization=f"Bearer {agent.token}")

        listed = api.client.get(TOKENS, headers={"Authorization": f"Bearer {agent.token}"})

        assert listed.status_code == 200
        rows = listed.json()
        assert [row["id"] for row in rows][-1] == issued["id"] and len(rows) == 2
        assert set(rows[-1]) == {"id", "createdAt", "expiresAt", "revoked"}
        assert agent.token not in listed.text and issued["token"] not in listed.text
        assert works(api, issued["token"])
        api.move_clock(hours=2)
        assert not works(api, issued["token"]) and works(api, agent.token)
        api.move_clock()
        first_id = rows[0]["id"]
        api.refused(
            f"{TOKENS}/{first_id}/revoke",
            None,
            404,
            "not-found",
            Authorization=f"Bearer {other.token}",
        )
        assert api.post(f"{TOKENS}/{first_id}/revoke", token=agent.token).is_success
        assert not works(api, agent.token)
        assert api.post(f"{TOKENS}/{other_first(api, other.token)}/revoke", token=admin).is_success
        assert not works(api, other.token)
        past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
        assert "expiresAt" in api.fields_refused(
            TOKENS, {"expiresAt": past}, "expiry-in-the-past", Authorization=f"Bearer {admin}"
        )


def other_first(api: CommandApi, token: str) -> str:
    listed = api.client.get(TOKENS, headers={"Authorization": f"Bearer {token}"})
    return str(listed.json()[0]["id"])


def test_the_last_enabled_admin_can_neither_be_demoted_nor_disabled(settings: Settings) -> None:
    with running_api(settings) as api:
        eva = api.user("admin", "Eva Soto")
        as_eva = {"Authorization": f"Bearer {eva.token}"}

        api.refused(
            f"/v1/users/{eva.user_id}/change-role", {"role": "agent"}, 409, "last-admin", **as_eva
        )
        api.refused(f"/v1/users/{eva.user_id}/disable", None, 409, "last-admin", **as_eva)
        added = api.created("/v1/users", {"name": "Iván Gil", "role": "admin"}, **as_eva)
        assert api.post(
            f"/v1/users/{eva.user_id}/change-role", {"role": "agent"}, token=eva.token
        ).is_success
        ivan = {"Authorization": f"Bearer {added['token']}"}
        api.refused(f"/v1/users/{added['id']}/disable", None, 409, "last-admin", **ivan)


def test_a_repeated_user_creation_answers_no_token_and_the_first_one_works(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        admin = api.user("admin", "Eva Soto").token
        body = {"name": "Iván Gil", "role": "agent"}

        first = api.post("/v1/users", body, token=admin, Idempotency_Key="add-ivan")
        again = api.post("/v1/users", body, token=admin, Idempotency_Key="add-ivan")

        assert first.status_code == again.status_code == 201
        assert again.json()["id"] == first.json()["id"] and again.json()["token"] is None
        assert works(api, first.json()["token"])
        issued = api.post(TOKENS, {}, token=admin, Idempotency_Key="mine")
        assert issued.status_code == 201
        api.refused(
            TOKENS,
            {},
            409,
            "token-shown-once",
            Authorization=f"Bearer {admin}",
            Idempotency_Key="mine",
        )


def test_a_refused_command_is_audited_on_the_callers_record_with_its_request(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        agent = api.user("agent")

        api.refused(
            "/v1/users",
            {"name": "X", "role": "admin"},
            403,
            "forbidden",
            Authorization=f"Bearer {agent.token}",
            X_Correlation_Id="try-1",
        )

        refused = events_of(api, agent.user_id)[-1]
        assert type(refused).__qualname__ == "User.AccessRefused"
        assert refused.correlation_id == "try-1" and refused.actor_id == str(agent.user_id)
        assert "POST /v1/users" in refused.what
