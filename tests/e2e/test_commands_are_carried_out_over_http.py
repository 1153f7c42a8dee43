"""Every command endpoint's happy path, through HTTP into the event store."""

from __future__ import annotations

import uuid
from uuid import UUID

from cronica.domain.customer import Customer
from cronica.domain.inbox import Inbox
from cronica.domain.incident import Incident, IncidentStatus
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import FOLLOW_UP, running_api


def test_a_customer_is_registered_with_a_contact(settings: Settings) -> None:
    with running_api(settings) as api:
        body = {"kind": "prospect", "name": "Frutas Levante S.L.", "taxId": "b-1234567-4"}
        response = api.post("/v1/customers", body)
        assert response.status_code == 201
        assert response.headers["ETag"] == '"1"'
        assert set(response.json()) == {"id", "version", "position"}
        customer_id = response.json()["id"]
        assert response.json()["position"] == api.position()

        contact = {"name": "Lucía Martín", "position": "Buyer", "phone": "+34 600 111 222"}
        response = api.post(f"/v1/customers/{customer_id}/contacts", contact)
        assert response.status_code == 201
        assert response.json()["version"] == 2
        customer = api.app.repository.get(UUID(customer_id))
        assert isinstance(customer, Customer)
        assert customer.tax_id == "B12345674"
        added = customer.contacts[UUID(response.json()["contactId"])]
        assert (added.name, added.position, added.phone) == (
            "Lucía Martín",
            "Buyer",
            contact["phone"],
        )


def test_incidents_copy_their_contact_and_take_consecutive_numbers(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        contact = {"name": "Lucía Martín", "phone": "600111222", "email": "lucia@levante.es"}
        contact_id = api.created(f"/v1/customers/{customer_id}/contacts", contact)["contactId"]
        article = {"reference": "ZD421", "serialNumber": "S-99", "warrantyEndsOn": "2026-01-31"}

        first = api.incident(customer_id, contactId=contact_id, priority="urgent", article=article)
        second = api.incident(customer_id)

        incident = api.app.repository.get(UUID(first))
        assert isinstance(incident, Incident)
        assert incident.number == "INC-000001"
        assert (incident.contact.name, incident.contact.phone, incident.contact.email) == (
            "Lucía Martín",
            "600111222",
            "lucia@levante.es",
        )
        assert incident.article is not None and incident.article.serial_number == "S-99"
        assert api.app.repository.get(UUID(second)).number == "INC-000002"


def test_an_incident_is_assigned_followed_up_closed_and_reopened(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident()
        technician = api.user("technician")
        steps = [
            ("assign", {"technicianId": str(technician.user_id)}),
            ("follow-up", FOLLOW_UP),
            ("close", {"resolution": "Fuser replaced"}),
            ("reopen", {"reason": "Jams again"}),
        ]
        positions = []
        for version, (verb, body) in enumerate(steps, start=2):
            response = api.post(f"/v1/incidents/{incident_id}/{verb}", body)
            assert response.status_code == 200, response.text
            assert response.json()["version"] == version
            assert response.headers["ETag"] == f'"{version}"'
            positions.append(response.json()["position"])

        assert positions == sorted(set(positions))
        incident = api.app.repository.get(UUID(incident_id))
        assert incident.status == IncidentStatus.OPEN
        assert incident.assignee_id == technician.user_id
        assert incident.minutes_worked == 90


def test_if_match_takes_a_version_bare_quoted_or_weak(settings: Settings) -> None:
    with running_api(settings) as api:
        incident_id = api.incident()
        for tag in ("1", '"2"', 'W/"3"'):
            response = api.post(f"/v1/incidents/{incident_id}/follow-up", FOLLOW_UP, If_Match=tag)
            assert response.status_code == 200, response.text
        assert api.version_of(incident_id) == 4


def test_every_event_records_its_actor_and_correlation_id(settings: Settings) -> None:
    with running_api(settings) as api:
        technician = api.user("technician")
        incident_id = api.incident()
        response = api.post(
            f"/v1/incidents/{incident_id}/follow-up",
            FOLLOW_UP,
            token=technician.token,
            X_Correlation_Id="ticket-4711",
        )
        assert response.headers["X-Correlation-Id"] == "ticket-4711"
        anonymous = api.post(f"/v1/incidents/{incident_id}/close", {"resolution": "Done"})
        generated = anonymous.headers["X-Correlation-Id"]
        assert uuid.UUID(generated).version == 4

        opened, followed_up, closed = api.app.events.get(UUID(incident_id))
        assert (followed_up.actor_id, followed_up.correlation_id) == (
            str(technician.user_id),
            "ticket-4711",
        )
        assert closed.correlation_id == generated
        assert opened.actor_id == closed.actor_id != followed_up.actor_id


def test_an_alert_is_marked_read_once(settings: Settings) -> None:
    with running_api(settings) as api:
        alert_id = uuid.uuid4()
        first = api.post(f"/v1/alerts/{alert_id}/read")
        assert first.status_code == 200
        position = api.position()
        again = api.post(f"/v1/alerts/{alert_id}/read")

        assert again.status_code == 200
        assert again.json()["id"] == first.json()["id"]
        assert again.json()["version"] == first.json()["version"]
        assert api.position() == position
        inbox = api.app.repository.get(UUID(first.json()["id"]))
        assert isinstance(inbox, Inbox) and inbox.read == {alert_id}
