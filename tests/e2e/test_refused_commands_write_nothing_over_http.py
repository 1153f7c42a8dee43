"""Refusals over HTTP: each answers problem+json with the right status and type, and writes no
event (`api.refused` checks both, and that the event store's position did not move)."""

from __future__ import annotations

import uuid

from cronica.commands.identity import add_company, add_user
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import FOLLOW_UP, refused_naming, running_api


def test_commands_that_do_not_apply_to_the_incidents_status_answer_409(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident(resolution="Answered on the phone")  # closed at once
        url = f"/v1/incidents/{incident_id}"

        api.refused(f"{url}/follow-up", FOLLOW_UP, 409, "illegal-transition")
        api.refused(f"{url}/close", {"resolution": "Again"}, 409, "illegal-transition")
        api.created(f"{url}/reopen", {"reason": "It failed again"})
        api.refused(f"{url}/reopen", {"reason": "Twice"}, 409, "illegal-transition")
        agent = api.user("agent", "Luis Gil")
        problem = api.refused(
            f"{url}/assign", {"technicianId": str(agent.user_id)}, 422, "not-a-technician"
        )
        assert problem["errors"][0]["field"] == "technicianId"


def test_unknown_records_answer_404_in_the_url_and_422_in_the_body(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        incident_id = api.incident(customer_id)
        nobody = str(uuid.uuid4())

        api.refused(f"/v1/incidents/{nobody}/close", {"resolution": "x"}, 404, "not-found")
        api.refused(f"/v1/incidents/{customer_id}/close", {"resolution": "x"}, 404, "not-found")
        api.refused(f"/v1/customers/{nobody}/contacts", {"name": "Ana"}, 404, "not-found")
        api.refused("/v1/nowhere", {}, 404, "about:blank")
        opening = {"subject": "Printer jams", "description": "It jams."}
        unknown_in_body = [
            ("/v1/incidents", {**opening, "customerId": nobody}, "unknown-reference",
             "customerId"),
            ("/v1/incidents", {**opening, "customerId": customer_id, "contactId": nobody},
             "unknown-contact", "contactId"),
            ("/v1/incidents", {**opening, "customerId": customer_id, "type": "telepathy"},
             "unknown-reference", "type"),
            (f"/v1/incidents/{incident_id}/assign", {"technicianId": nobody}, "unknown-reference",
             "technicianId"),
        ]  # fmt: skip
        for path, body, problem, field in unknown_in_body:
            assert api.fields_refused(path, body, problem) == [field]


def test_another_companys_records_are_not_found(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident()
        add_company(api.app, "rival", "Rival S.A.")
        outsider = add_user(api.app, "rival", "Eva Soto", "manager")

        api.refused(
            f"/v1/incidents/{incident_id}/close",
            {"resolution": "Not mine"},
            404,
            "not-found",
            Authorization=f"Bearer {outsider.token}",
        )


def test_malformed_bodies_answer_with_the_offending_fields(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        incident_id = api.incident(customer_id)
        opening = {"customerId": customer_id, "subject": "Jams", "description": "It jams."}
        follow_up = f"/v1/incidents/{incident_id}/follow-up"
        cases = [
            ("/v1/incidents", {**opening, "subject": None}, "invalid-body", "subject"),
            ("/v1/incidents", {"customerId": customer_id, "subject": "x"}, "invalid-body",
             "description"),
            ("/v1/incidents", {**opening, "priority": "asap"}, "invalid-body", "priority"),
            ("/v1/incidents", {**opening, "article": {"reference": "Z", "invoiceDate": "2-30"}},
             "invalid-body", "article.invoiceDate"),
            ("/v1/incidents", {**opening, "colour": "red"}, "invalid-body", "colour"),
            ("/v1/customers", {"kind": "customer", "name": "X", "taxId": "12345678A"},
             "invalid-tax-id", "taxId"),
            (follow_up, {**FOLLOW_UP, "startedAt": "2025-03-03T09:00:00"}, "invalid-body",
             "startedAt"),
            (follow_up, {**FOLLOW_UP, "endedAt": "2025-03-03T08:00:00+01:00"},
             "invalid-time-range", "endedAt"),
            (follow_up, None, "invalid-body", "body"),
        ]  # fmt: skip
        refused_naming(api, cases)

        api.refused(follow_up, b'{"note": "unfinished', 400, "malformed-json")


def test_commands_without_a_valid_token_answer_401(settings: Settings) -> None:
    with running_api(settings) as api:
        for authorization in (None, "Bearer not-a-token", "Basic YW5hOnNlY3JldA=="):
            headers = {"Authorization": authorization} if authorization else {}
            before = api.position()
            response = api.post(
                "/v1/customers", {"kind": "customer", "name": "X"}, token="", **headers
            )
            assert response.status_code == 401
            assert response.headers["content-type"] == "application/problem+json"
            assert response.headers["WWW-Authenticate"] == "Bearer"
            assert response.json()["type"].endswith("/unauthenticated")
            assert api.position() == before
        assert api.client.get("/health").status_code == 200


def test_stale_or_malformed_guards_are_refused(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident()
        api.created(f"/v1/incidents/{incident_id}/follow-up", FOLLOW_UP)
        close = f"/v1/incidents/{incident_id}/close"
        body = {"resolution": "Done"}

        problem = api.refused(close, body, 412, "stale-version", If_Match='"1"')
        assert "version 2" in problem["detail"]
        for header in (
            {"If_Match": "latest"},
            {"If_Match": '"1", "2"'},
            {"X_Correlation_Id": "has spaces"},
            {"Idempotency_Key": "x" * 201},
        ):
            api.refused(close, body, 400, "invalid-header", **header)  # fmt: skip
        assert api.version_of(incident_id) == 2
