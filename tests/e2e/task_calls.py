"""Shorthands for the stories of tasks, cases and catalogues over HTTP: the company's default
catalogues, bodies to start from, and planning a task, opening a case or a project in one call."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID, uuid4

from cronica.commands.identity import cli_request
from cronica.domain.base import CronicaAggregate
from cronica.domain.company import company_id_for
from cronica.domain.project import Project, ProjectDates
from tests.e2e.command_api import CommandApi

NINE = "2025-03-10T09:00:00+01:00"
TEN = "2025-03-10T10:00:00+01:00"
CALL = {"description": "Call about the quote", "type": "call", "startsAt": NINE, "endsAt": TEN}
DONE = {**CALL, "startsAt": "2025-03-03T09:00:00+01:00", "endsAt": "2025-03-03T09:20:00+01:00"}


def plan(api: CommandApi, customer_id: str, **fields: Any) -> str:
    """Plans a call for the customer (in preparation unless `operatorId` is given)."""
    return str(api.created("/v1/tasks", {**CALL, "customerId": customer_id, **fields})["id"])


def case(api: CommandApi, customer_id: str) -> str:
    body = {"customerId": customer_id, "subject": "Fit-out", "description": "New warehouse"}
    return str(api.created("/v1/cases", body)["id"])


def project(api: CommandApi, customer_id: str) -> str:
    """A project of the customer, written straight to the store (its commands are not ours)."""
    company_id = company_id_for(api.settings.company)

    def decide() -> list[CronicaAggregate]:
        return [
            Project.open(
                company_id=company_id,
                number="PR-000001",
                customer_id=UUID(customer_id),
                contact_id=None,
                name="Warehouse",
                description="Label printers for the new warehouse",
                dates=ProjectDates(date(2025, 3, 1), date(2025, 6, 30)),
                responsible_id=uuid4(),
            )
        ]

    return str(api.app.write(cli_request(), decide).id)
