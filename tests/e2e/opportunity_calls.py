"""Shorthands for the stories of opportunities and notices over HTTP: bodies to start from, and
opening an opportunity or logging a notice in one call."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.e2e.command_api import CommandApi

TOMORROW = (date.today() + timedelta(days=1)).isoformat()
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
TAKEN_AT = "2025-03-10T09:30:00+01:00"
WAIT = {"comment": "Will decide after the trade fair", "nextContactOn": TOMORROW}
LOSE = {"reason": "price", "whatToImprove": "Offer a leasing plan"}
RESOLVE = {
    "department": "Sales",
    "workCentre": "Valencia",
    "resolutionCode": "solved",
    "solution": "Sent the quote by e-mail",
}


def opportunity(api: CommandApi, customer_id: str | None = None, **fields: Any) -> str:
    """Opens an opportunity for the customer (a new one unless given); `fields` add to the body."""
    body = {"customerId": customer_id or api.customer(), "type": "new_sale", "subject": "Printers"}
    return str(api.created("/v1/opportunities", {**body, **fields})["id"])


def notice(api: CommandApi, recipient_id: str, **fields: Any) -> str:
    """Logs a supplier's call for the recipient, taken at TAKEN_AT; `fields` add to the body."""
    body = {
        "callerKind": "supplier",
        "callerName": "Papelera Sur",
        "recipientId": recipient_id,
        "code": "call_back",
        "text": "The toner shipment is late; call back before noon.",
        "importance": 3,
        "takenAt": TAKEN_AT,
    }
    return str(api.created("/v1/notices", {**body, **fields})["id"])
