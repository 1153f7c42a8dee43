"""Idempotency-Key over HTTP: a repeated command answers its first answer and writes nothing."""

from __future__ import annotations

from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import FOLLOW_UP, running_api


def test_a_repeated_command_answers_as_the_first_time_and_writes_nothing(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        body = {"customerId": api.customer(), "subject": "Jams", "description": "It jams."}
        first = api.post("/v1/incidents", body, Idempotency_Key="open-7")
        position = api.position()

        # The same body, re-serialised in another key order, is the same request.
        again = api.post("/v1/incidents", dict(reversed(body.items())), Idempotency_Key="open-7")

        assert (again.status_code, again.json()) == (first.status_code, first.json())
        assert again.headers["ETag"] == first.headers["ETag"]
        assert api.position() == position
        incident_id = first.json()["id"]
        follow_up = f"/v1/incidents/{incident_id}/follow-up"
        for _ in range(2):
            response = api.post(follow_up, FOLLOW_UP, Idempotency_Key="work-1", If_Match="1")
            assert (response.status_code, response.json()["version"]) == (200, 2)
        assert api.version_of(incident_id) == 2


def test_a_repeated_contact_answers_the_same_contact(settings: Settings) -> None:
    with running_api(settings) as api:
        path = f"/v1/customers/{api.customer()}/contacts"
        first = api.post(path, {"name": "Lucía Martín"}, Idempotency_Key="contact-1")
        position = api.position()
        again = api.post(path, {"name": "Lucía Martín"}, Idempotency_Key="contact-1")

        assert again.status_code == 201
        assert again.json() == first.json()
        assert api.position() == position


def test_a_key_is_refused_with_another_body_and_belongs_to_its_user(settings: Settings) -> None:
    with running_api(settings) as api:
        customer = {"kind": "customer", "name": "Frutas Levante"}
        first = api.created("/v1/customers", customer, Idempotency_Key="k-1")

        other = {**customer, "name": "Frutas Poniente"}
        api.refused("/v1/customers", other, 422, "idempotency-key-reused", Idempotency_Key="k-1")

        colleague = api.user("agent", "Luis Gil")
        theirs = api.post("/v1/customers", other, token=colleague.token, Idempotency_Key="k-1")
        assert theirs.status_code == 201
        assert theirs.json()["id"] != first["id"]
