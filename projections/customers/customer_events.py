"""The columns of the customer's own row each of its events sets (its parts' events set none:
`customer_part_events` handles their rows). Pure functions of the events and of the row."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

from cronica.domain.customer import Customer
from cronica.domain.customer_profile import AttributesSet
from cronica.domain.event_data import event_data
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor


def _json(value: Any) -> str:
    """JSON text that is the same for the same value (keys sorted)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _cell(value: Any) -> Any:
    """An attribute's value as its column holds it."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        return _json(value)
    return value


def _attributes(event: AttributesSet) -> dict[str, Any]:
    """The attributes are the columns of the same names; a new name also re-sorts the row."""
    columns = {name: _cell(value) for name, value in event_data(event).items()}
    if "name" in columns:
        columns["sort_name"] = columns["name"].lower()
    return columns


# The columns set by the events that need nothing but the event.
_SETS: dict[type[Any], Callable[[Any], dict[str, Any]]] = {
    Customer.Converted: lambda e: {"kind": "customer", "converted_at": utc_text(e.timestamp)},
    Customer.Activated: lambda _: {"active": True},
    Customer.Deactivated: lambda _: {"active": False},
    Customer.Blocked: lambda e: {"blocked": True, "blocked_reason": e.reason},
    Customer.Unblocked: lambda _: {"blocked": False, "blocked_reason": None},
    Customer.VisitPlanSet: lambda e: {"visit_plan": _json(e.plan)},
    Customer.VisitPlanCleared: lambda _: {"visit_plan": None},
    Customer.MovedToUnit: lambda e: {"unit_id": str(e.to_unit_id)},
}


def customer_change(cursor: Cursor, event: Any) -> dict[str, Any]:
    """The columns a customer's event sets (none for its parts' events); linking and custom
    fields change the JSON the row holds, read first."""
    if isinstance(event, AttributesSet):
        return _attributes(event)
    if (sets := _SETS.get(type(event))) is not None:
        return sets(event)
    if isinstance(event, Customer.Linked | Customer.Unlinked):
        linked = set(_held(cursor, event, "linked_customer_ids"))
        linked ^= {str(event.linked_customer_id)}  # the domain links or unlinks only once
        return {"linked_customer_ids": _json(sorted(linked))}
    if isinstance(event, Customer.CustomFieldSet | Customer.CustomFieldCleared):
        custom = _held(cursor, event, "custom_fields")
        custom.pop(event.name, None)
        if isinstance(event, Customer.CustomFieldSet):
            custom[event.name] = event.value
        return {"custom_fields": _json(custom)}
    return {}


def _held(cursor: Cursor, event: Any, column: str) -> Any:
    """The JSON value the customer's row holds in the column."""
    cursor.execute(f"SELECT {column} FROM customers WHERE id = ?", (id_text(event.originator_id),))
    row = cursor.fetchone()
    assert row is not None, "a customer's later events follow its creation"
    return json.loads(row[column])
