"""Shorthands for the stories of repair orders and projects over HTTP: bodies to start from, and
the records they need (a customer's contact, a project, a received order)."""

from __future__ import annotations

from typing import Any

from tests.e2e.command_api import CommandApi

ORDERS, PROJECTS = "/v1/repair-orders", "/v1/projects"
SLOT = {"startsAt": "2025-03-04T09:00:00+01:00", "endsAt": "2025-03-04T11:00:00+01:00"}
WORK = {
    "workDone": "Replaced the hinge",
    "startedAt": "2025-03-04T09:00:00+01:00",
    "endedAt": "2025-03-04T10:30:00+01:00",
}
MARCH = {"startsOn": "2025-03-03", "targetOn": "2025-03-31"}


def contact(api: CommandApi, customer_id: str, name: str = "Lucía Ferrer") -> str:
    answer = api.created(f"/v1/customers/{customer_id}/contacts", {"name": name})
    return str(answer["contactId"])


def project_body(customer_id: str, **fields: Any) -> dict[str, Any]:
    body = {"customerId": customer_id, "name": "Warehouse fit-out", **MARCH}
    return body | {"description": "Label printers and scanners for the new warehouse."} | fields


def order_body(customer_id: str, technician_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "customerId": customer_id,
        "receivedBy": technician_id,
        "faultDescription": "It does not boot since it fell off the desk",
        **fields,
    }


def received_order(api: CommandApi, technician_id: str) -> str:
    """A new customer's order, received by the technician."""
    return str(api.created(ORDERS, order_body(api.customer(), technician_id))["id"])


Refusal = tuple[str, Any, str, str]
"""A command refused with 422: its path, its body, the problem's type and the field it names."""


def refused_everywhere(
    api: CommandApi, records: str, record_ids: list[str], actions: list[tuple[str, Any]]
) -> None:
    """Every action (a verb and its body) on each record id (unknown, or of another kind of
    record) answers 404 and writes nothing."""
    for record_id in record_ids:
        for verb, body in actions:
            api.refused(f"{records}/{record_id}/{verb}", body, 404, "not-found")


def refused_naming(api: CommandApi, refusals: list[Refusal]) -> None:
    """Each command answers 422 of its problem type, naming the offending field, and writes
    nothing."""
    for path, body, problem_type, field in refusals:
        problem = api.refused(path, body, 422, problem_type)
        assert field in [error["field"] for error in problem["errors"]], problem
