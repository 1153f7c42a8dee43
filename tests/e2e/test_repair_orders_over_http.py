"""Repair orders over HTTP: received into a customer's project, scheduled, worked on, given
materials, delivered, verified (an unsatisfied customer reopens it), closed and reopened; each
refusal answers problem+json and writes no event (`api.refused`)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from uuid import UUID

from cronica.commands.identity import authenticate
from cronica.domain.priority import Priority
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import MaterialUse, RepairOrderStatus, Warranty
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import refused_naming, running_api
from tests.fixtures.http.repair_order_calls import (
    ORDERS,
    PROJECTS,
    SLOT,
    WORK,
    contact,
    order_body,
    project_body,
    received_order,
    refused_everywhere,
)

MATERIALS = [
    {"reference": "H-12", "description": "Hinge", "quantity": 2},
    {"reference": "GR-1", "description": "Thermal grease", "quantity": "0.5"},
]
NONE_USED = {"reference": "H-12", "description": "Hinge", "quantity": 0}
VERBS = ("schedule", "work", "materials", "deliver", "verify", "close", "reopen")


def test_an_order_goes_from_reception_to_a_second_verification_and_back(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        agent = authenticate(api.app, api.token)
        luis = str(api.user("technician", "Luis Gil").user_id)
        customer_id = api.customer()
        contact_id = contact(api, customer_id)
        project_id = api.created(PROJECTS, project_body(customer_id))["id"]
        body = order_body(
            customer_id,
            luis,
            contactId=contact_id,
            projectId=project_id,
            receivedAt="2025-03-03T09:15:00+01:00",
            accessories=["charger", "bag"],
            warranty={"inWarranty": True, "reference": "GAR-2024-118"},
            priority="high",
        )

        response = api.post(ORDERS, body)
        assert response.status_code == 201, response.text
        assert response.headers["ETag"] == '"1"'
        order_id = response.json()["id"]
        finishing = {**WORK, "finishesService": True}
        steps = [
            ("schedule", {"technicianId": luis, **SLOT}, 2),
            ("work", {**WORK, "technicianId": luis}, 3),
            ("materials", {"materials": MATERIALS}, 5),  # one event per material
            ("work", finishing, 6),  # by the caller
            ("deliver", {"deliveredAt": "2025-03-05T17:00:00+01:00"}, 7),
            ("verify", {"comments": "Still creaks", "rating": 2}, 9),  # verified, then reopened
            ("work", finishing, 10),
            ("deliver", {"technicianId": luis}, 11),  # now
            ("verify", {"comments": "Perfect", "rating": 5}, 12),
            ("close", None, 13),
            ("reopen", {"reason": "The hinge broke again"}, 14),
        ]
        version = 1
        for verb, step, expected in steps:
            answer = api.created(f"{ORDERS}/{order_id}/{verb}", step, If_Match=f'"{version}"')
            version = answer["version"]
            assert version == expected, verb

        order = api.app.repository.get(UUID(order_id))
        assert isinstance(order, RepairOrder)
        assert (order.number, order.status, order.priority) == (
            "OR-000001",
            RepairOrderStatus.IN_PROGRESS,
            Priority.HIGH,
        )
        assert (order.customer_id, order.contact_id, order.project_id) == (
            UUID(customer_id),
            UUID(contact_id),
            UUID(project_id),
        )
        reception = order.reception
        assert (reception.received_by, reception.received_at.hour) == (UUID(luis), 9)
        assert (reception.accessories, reception.warranty) == (
            ("charger", "bag"),
            Warranty(True, "GAR-2024-118"),
        )
        assert order.minutes_worked == 3 * 90
        assert order.materials == (
            MaterialUse("H-12", "Hinge", Decimal(2)),
            MaterialUse("GR-1", "Thermal grease", Decimal("0.5")),
        )
        assert order.delivery is not None and order.delivery.technician_id == UUID(luis)
        assert order.verification is not None and order.verification.rating == 5
        events = list(api.app.events.get(UUID(order_id)))
        works = [e for e in events if isinstance(e, RepairOrder.WorkRegistered)]
        assert [w.technician_id for w in works] == [UUID(luis), agent.user_id, agent.user_id]
        first_delivery = next(e for e in events if isinstance(e, RepairOrder.Delivered))
        assert first_delivery.technician_id == agent.user_id
        second = received_order(api, luis)
        assert api.app.repository.get(UUID(second)).number == "OR-000002"


def test_refused_repair_order_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        luis = str(api.user("technician", "Luis Gil").user_id)
        agent = str(authenticate(api.app, api.token).user_id)
        customer_id, other_customer = api.customer(), api.customer()
        theirs = api.created(PROJECTS, project_body(other_customer))["id"]
        closed = api.created(PROJECTS, project_body(customer_id))["id"]
        api.created(f"{PROJECTS}/{closed}/close", {"outcome": "completed"})
        order_id = api.created(ORDERS, order_body(customer_id, luis))["id"]
        at = {verb: f"{ORDERS}/{order_id}/{verb}" for verb in VERBS}
        nobody = str(uuid.uuid4())
        body = order_body(customer_id, luis)
        planned = {"technicianId": luis, **SLOT}
        actions = [
            ("schedule", planned),
            ("work", WORK),
            ("materials", {"materials": MATERIALS}),
            ("deliver", {}),
            ("verify", {"comments": "Fine", "rating": 4}),
            ("close", None),
            ("reopen", {"reason": "Again"}),
        ]

        # Unknown in the URL (or another kind of record): 404, for every action.
        refused_everywhere(api, ORDERS, [nobody, customer_id], actions)
        # Unknown in the body, or malformed: 422 naming the field.
        reference, invalid = "unknown-reference", "invalid-body"
        refused_naming(
            api,
            [
                (ORDERS, {**body, "customerId": nobody}, reference, "customerId"),
                (ORDERS, {**body, "projectId": nobody}, reference, "projectId"),
                (ORDERS, {**body, "projectId": customer_id}, reference, "projectId"),
                (ORDERS, {**body, "receivedBy": nobody}, reference, "receivedBy"),
                (ORDERS, {**body, "contactId": nobody}, "unknown-contact", "contactId"),
                (at["schedule"], {**planned, "technicianId": nobody}, reference, "technicianId"),
                (at["work"], {**WORK, "technicianId": nobody}, reference, "technicianId"),
                (at["deliver"], {"technicianId": nobody}, reference, "technicianId"),
                (ORDERS, {**body, "faultDescription": None}, invalid, "faultDescription"),
                (ORDERS, {**body, "receivedAt": "2025-03-03T09:15:00"}, invalid, "receivedAt"),
                (ORDERS, {**body, "priority": "critical"}, invalid, "priority"),
                (ORDERS, {**body, "warranty": {}}, invalid, "warranty.inWarranty"),
                (ORDERS, {**body, "number": "OR-000042"}, invalid, "number"),
                (at["schedule"], {**planned, "endsAt": None}, invalid, "endsAt"),
                (at["materials"], {"materials": []}, invalid, "materials"),
                (at["materials"], {"materials": [NONE_USED]}, invalid, "materials[0].quantity"),
                (at["verify"], {"comments": "Great", "rating": 6}, invalid, "rating"),
            ],
        )
        # Rules of the body: technicians only, the customer's own open project.
        for path, field, step in [
            (ORDERS, "receivedBy", body),
            (at["schedule"], "technicianId", planned),
        ]:
            assert api.fields_refused(path, {**step, field: agent}, "not-a-technician") == [field]
        problem = api.refused(ORDERS, {**body, "projectId": theirs}, 422, "customer-mismatch")
        assert "another customer's" in problem["detail"]
        api.refused(ORDERS, {**body, "projectId": closed}, 409, "illegal-transition")
        backwards = {**planned, "startsAt": SLOT["endsAt"], "endsAt": SLOT["startsAt"]}
        api.refused(at["schedule"], backwards, 422, "invalid-time-range")
        # A stale If-Match; then commands that do not apply to a received order.
        api.refused(at["schedule"], planned, 412, "stale-version", If_Match='"2"')
        for verb, step in actions[1:]:
            api.refused(at[verb], step, 409, "illegal-transition")
        api.created(at["schedule"], planned)
        api.refused(at["schedule"], planned, 409, "illegal-transition")  # the same slot
        assert api.version_of(order_id) == 2
