"""An event's own data: what it says happened, apart from the stamp every event carries (which
record, which version, when, which company, who, in which request).

Auditors (history) and subscribers (the bus) both show this part on its own, without the fields
that hold secrets (`cronica.domain.secret_fields`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from cronica.domain.secret_fields import SECRET_FIELDS

STAMP_FIELDS = frozenset(
    {
        "originator_id",
        "originator_version",
        # The library's record of the aggregate's class: a module path, not business data.
        "originator_topic",
        "timestamp",
        "company_id",
        "unit_id",
        "actor_id",
        "correlation_id",
    }
)


def data_fields(event_class: type[Any]) -> list[str]:
    """The names of an event class's own fields: all but its stamp and its secrets."""
    return [
        field.name
        for field in dataclasses.fields(event_class)
        if field.name not in STAMP_FIELDS and field.name not in SECRET_FIELDS
    ]


def event_data(event: Any) -> dict[str, Any]:
    """The event's fields but its stamp and its secrets, as the event holds them (ids, times,
    dicts...)."""
    return {name: getattr(event, name) for name in data_fields(type(event))}
