"""Opportunities over HTTP: opened, assigned, worked on, won, lost and reopened; and every refusal
answered as problem+json without writing an event."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from uuid import UUID

from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import ActionKind, Loss, OpportunityStatus
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.http.opportunity_calls import LOSE, TOMORROW, WAIT, YESTERDAY, opportunity


def stored(api: CommandApi, opportunity_id: str) -> Opportunity:
    record = api.app.repository.get(UUID(opportunity_id))
    assert isinstance(record, Opportunity)
    return record


def test_opportunities_keep_their_details_and_take_consecutive_numbers(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        contact = {"name": "Lucía Martín", "phone": "600111222"}
        contact_id = api.created(f"/v1/customers/{customer_id}/contacts", contact)["contactId"]
        manager = api.user("manager", "Marta Vidal")
        details = {
            "contactId": contact_id,
            "agentId": str(manager.user_id),
            "notes": "Three warehouses",
            "source": "trade fair",
            "priority": "high",
            "expectedAmount": "1250.50",
            "expectedOn": "2025-06-30",
        }

        response = api.post(
            "/v1/opportunities",
            {"customerId": customer_id, "type": "renewal", "subject": "Printers", **details},
        )
        assert response.status_code == 201, response.text
        assert response.headers["ETag"] == '"1"'
        second = opportunity(api, customer_id)

        first = stored(api, response.json()["id"])
        assert (first.number, first.status, first.agent_id) == (
            "OP-000001",
            OpportunityStatus.NEW,
            manager.user_id,
        )
        assert (first.customer_id, first.contact_id) == (UUID(customer_id), UUID(contact_id))
        assert (first.details.opportunity_type, first.details.source) == ("renewal", "trade fair")
        assert first.details.expected_amount == Decimal("1250.50")
        assert first.details.expected_on == date(2025, 6, 30)
        assert (stored(api, second).number, stored(api, second).agent_id) == (
            "OP-000002",
            None,
        )


def test_an_opportunity_is_worked_on_won_reopened_and_lost(settings: Settings) -> None:
    with running_api(settings) as api:
        opportunity_id = opportunity(api)
        url = f"/v1/opportunities/{opportunity_id}"
        admin = api.user("admin", "Jordi Puig")
        call = {"kind": "call", "description": "Call about the quote"}

        action = api.post(f"{url}/actions", call, Idempotency_Key="call-1")
        assert action.status_code == 201, action.text
        position = api.position()
        again = api.post(f"{url}/actions", call, Idempotency_Key="call-1")
        assert again.json()["actionId"] == action.json()["actionId"]
        assert api.position() == position
        action_id = action.json()["actionId"]
        steps = [
            ("assign", {"agentId": str(admin.user_id)}),
            ("actions", {"kind": "documentation", "description": "Catalogue", "done": True}),
            ("wait", WAIT),
            ("work", {"comment": "Visited the warehouse"}),
            ("win", {"invoiceNumber": "F-2025/0042"}),
            ("reopen", {"reason": "The invoice was cancelled"}),
            ("lose", LOSE),
            (f"actions/{action_id}/done", None),
        ]
        for version, (verb, body) in enumerate(steps, start=3):
            answer = api.created(f"{url}/{verb}", body)
            assert answer["version"] == version, verb

        record = stored(api, opportunity_id)
        assert (record.status, record.agent_id) == (OpportunityStatus.LOST, admin.user_id)
        assert record.loss == Loss("price", "Offer a leasing plan")
        assert (record.invoice_number, record.next_contact_on) == (None, None)
        kinds = [(a.kind, a.done) for a in record.actions.values()]
        assert kinds == [(ActionKind.CALL, True), (ActionKind.DOCUMENTATION, True)]
        events = [type(e).__name__ for e in api.app.events.get(UUID(opportunity_id))]
        assert events.count("FollowedUp") == 2 and events[-3:-1] == ["Reopened", "Lost"]


def test_commands_that_do_not_apply_to_the_status_answer_409(settings: Settings) -> None:
    with running_api(settings) as api:
        agent = api.user("agent", "Luis Gil")
        opportunity_id = opportunity(api, agentId=str(agent.user_id))
        url = f"/v1/opportunities/{opportunity_id}"
        action_id = api.created(f"{url}/actions", {"kind": "visit", "description": "Visit"})[
            "actionId"
        ]
        api.created(f"{url}/actions/{action_id}/done", None)

        before_closing = [
            ("assign", {"agentId": str(agent.user_id)}),  # already his
            (f"actions/{action_id}/done", None),  # already done
            ("reopen", {"reason": "Not closed"}),
        ]
        once_won = [
            ("win", {"invoiceNumber": "F-2"}),
            ("lose", LOSE),
            ("wait", WAIT),
            ("work", {"comment": "More"}),
            ("actions", {"kind": "call", "description": "Call"}),
            ("assign", {"agentId": str(api.user("manager").user_id)}),
        ]
        for verb, body in before_closing:
            api.refused(f"{url}/{verb}", body, 409, "illegal-transition")
        api.created(f"{url}/win", {"invoiceNumber": "F-1"})
        for verb, body in once_won:
            api.refused(f"{url}/{verb}", body, 409, "illegal-transition")


def test_unknown_records_answer_404_in_the_url_and_422_in_the_body(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        opportunity_id = opportunity(api, customer_id)
        url = f"/v1/opportunities/{opportunity_id}"
        nobody = str(uuid.uuid4())

        api.refused(f"/v1/opportunities/{nobody}/work", {"comment": "x"}, 404, "not-found")
        api.refused(f"/v1/opportunities/{customer_id}/work", {"comment": "x"}, 404, "not-found")
        api.refused(f"{url}/actions/{nobody}/done", None, 404, "not-found")
        opening = {"customerId": customer_id, "type": "renewal", "subject": "Printers"}
        unknown_in_body = [
            ("/v1/opportunities", {**opening, "customerId": nobody}, "unknown-reference",
             "customerId"),
            ("/v1/opportunities", {**opening, "contactId": nobody}, "unknown-contact",
             "contactId"),
            ("/v1/opportunities", {**opening, "agentId": nobody}, "unknown-reference", "agentId"),
            (f"{url}/assign", {"agentId": nobody}, "unknown-reference", "agentId"),
            (f"{url}/lose", {**LOSE, "reason": "bad_weather"}, "unknown-reference", "reason"),
        ]  # fmt: skip
        for path, body, problem, field in unknown_in_body:
            assert api.fields_refused(path, body, problem) == [field]

        technician = str(api.user("technician").user_id)  # technicians do not sell
        for path, body in [("/v1/opportunities", opening), (f"{url}/assign", {})]:
            named = api.fields_refused(path, {**body, "agentId": technician}, "not-a-seller")
            assert named == ["agentId"]


def test_malformed_bodies_past_dates_and_stale_versions_are_refused(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        opportunity_id = opportunity(api, customer_id)
        url = f"/v1/opportunities/{opportunity_id}"
        opening = {"customerId": customer_id, "type": "renewal", "subject": "Printers"}
        cases = [
            ("/v1/opportunities", {**opening, "expectedAmount": "10.005"}, "expectedAmount"),
            ("/v1/opportunities", {**opening, "expectedAmount": -1}, "expectedAmount"),
            ("/v1/opportunities", {**opening, "priority": "asap"}, "priority"),
            ("/v1/opportunities", {**opening, "subject": ""}, "subject"),
            ("/v1/opportunities", {**opening, "colour": "red"}, "colour"),
            (f"{url}/actions", {"kind": "fax", "description": "Sent"}, "kind"),
            (f"{url}/wait", {**WAIT, "nextContactOn": "tomorrow"}, "nextContactOn"),
            (f"{url}/win", {}, "invoiceNumber"),
        ]
        for path, body, field in cases:
            assert field in api.fields_refused(path, body, "invalid-body")

        api.refused(f"{url}/wait", {**WAIT, "nextContactOn": YESTERDAY}, 422, "date-in-the-past")
        api.created(f"{url}/wait", {**WAIT, "nextContactOn": TOMORROW}, If_Match='"1"')
        api.refused(f"{url}/work", {"comment": "Late"}, 412, "stale-version", If_Match='"1"')
