"""Shorthands for the stories of customers and contacts over HTTP: bodies to start from, the
customer as the event store holds it, and its row in the customer directory."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cronica.domain.customer import Customer
from cronica.ops.container import Container
from cronica.projections.customers.rows import CustomerRow, customers_by_ids
from tests.e2e.command_api import CommandApi

CUSTOMERS = "/v1/customers"
BILLING = {"kind": "billing", "street": "Calle Colón 1", "city": "Valencia", "postalCode": "46004"}
VISITS = {
    "weekdays": ["thursday", "monday"],
    "windowStarts": "09:00",
    "windowEnds": "13:30",
    "frequency": "every_n_weeks",
    "everyWeeks": 3,
    "startsOn": "2025-03-10",
}


def prospect(api: CommandApi, name: str = "Frutas Levante") -> str:
    return str(api.created(CUSTOMERS, {"kind": "prospect", "name": name})["id"])


def act(api: CommandApi, customer_id: str, verb: str, body: Any = None, **headers: str) -> int:
    """Sends a command on the customer that must succeed; answers the customer's new version."""
    response = api.post(f"{CUSTOMERS}/{customer_id}/{verb}", body, **headers)
    assert response.status_code in (200, 201), response.text
    assert response.headers["ETag"] == f'"{response.json()["version"]}"'
    return int(response.json()["version"])


def stored(api: CommandApi, customer_id: str) -> Customer:
    customer = api.app.repository.get(UUID(customer_id))
    assert isinstance(customer, Customer)
    return customer


def directory_row(api: CommandApi, customer_id: str) -> CustomerRow:
    """The customer's row once the read models have caught up with every event."""
    container: Container = api.client.app.state.container  # type: ignore[attr-defined]
    container.runner.catch_up()
    company_id = str(stored(api, customer_id).company_id)
    return customers_by_ids(container.store, company_id, [customer_id])[customer_id]
