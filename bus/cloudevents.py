"""The CloudEvents 1.0 envelope (structured JSON mode) every published event travels in.

    {"specversion": "1.0", "id": "<aggregate id>:<version>", "source": "cronica/acme",
     "type": "cronica.incident.closed", "subject": "<aggregate id>", "time": "...Z",
     "datacontenttype": "application/json", "data": {"resolution": "..."},
     "position": 1234, "aggregateversion": 5, "companyid": "...", "unitid": "...",
     "actorid": "...",
     "correlationid": "..."}

`id` is derived from the aggregate id and version, which identify a stored event for ever: a
relay that sends the same event twice sends the same id, and JetStream drops the copy. `data`
holds the event's own fields only; what the envelope already says (aggregate id, version, time,
company, unit, actor, correlation id) is not repeated in it, nor the aggregate's Python class.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any
from uuid import UUID

from cronica.bus.subjects import event_name
from cronica.domain.base import CronicaAggregate
from cronica.domain.event_data import event_data

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/cloudevents+json"
TYPE_NAMESPACE = "cronica"


def event_id(event: CronicaAggregate.Event) -> str:
    """The stable id of a stored event: its aggregate's id and its version in that aggregate."""
    return f"{event.originator_id}:{event.originator_version}"


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def cloud_event(event: CronicaAggregate.Event, *, position: int, tenant: str) -> dict[str, Any]:
    """The envelope of one event read at `position` of the notification log, for its tenant."""
    aggregate, name = event_name(event)
    return {
        "specversion": SPEC_VERSION,
        "id": event_id(event),
        "source": f"{TYPE_NAMESPACE}/{tenant}",
        "type": f"{TYPE_NAMESPACE}.{aggregate}.{name}",
        "subject": str(event.originator_id),
        "time": rfc3339(event.timestamp),
        "datacontenttype": "application/json",
        "data": event_data(event),
        # Extensions: CloudEvents names them in lowercase letters and digits only.
        "position": position,
        "aggregateversion": event.originator_version,
        "companyid": str(event.company_id),
        "unitid": str(event.unit_id),
        "actorid": event.actor_id,
        "correlationid": event.correlation_id,
    }


def _json_value(value: object) -> object:
    """JSON for the values events hold besides JSON's own: ids, times, dates, enums."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return rfc3339(value) if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} has no JSON form in a CloudEvent")


def encode(envelope: dict[str, Any]) -> bytes:
    text = json.dumps(envelope, default=_json_value, ensure_ascii=False, separators=(",", ":"))
    return text.encode()
