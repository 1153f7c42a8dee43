"""The CloudEvents 1.0 envelope (structured JSON mode) every published message travels in.

    {"specversion": "1.0", "id": "<aggregate id>:<version>", "source": "cronica/acme",
     "type": "cronica.incident.closed", "subject": "<aggregate id>", "time": "...Z",
     "datacontenttype": "application/json",
     "dataschema": "https://cronica.example/asyncapi/schemas/v2/IncidentClosed.json",
     "data": {"resolution": "...", "outcome": "RESOLVED"},
     "position": 1234, "aggregateversion": 5, "companyid": "...", "unitid": "...",
     "actorid": "...", "correlationid": "..."}

`id` is derived from the aggregate id and version, which identify a stored event for ever (and
the lifecycle step, for a lifecycle copy): a relay that sends the same event twice sends the
same id, and JetStream drops the copy. `data` holds the event's own fields only, in camelCase
(`cronica.bus.message_kinds`); what the envelope already says (aggregate id, version, time,
company, unit, actor, correlation id) is not repeated in it, nor the aggregate's Python class.
`dataschema` names the JSON Schema `data` follows, with the payload's version in its path.
"""

from __future__ import annotations

import json
from typing import Any

from cronica.bus.field_shapes import rfc3339
from cronica.bus.message_kinds import MessageKind
from cronica.domain.base import CronicaAggregate

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/cloudevents+json"
TYPE_NAMESPACE = "cronica"
PAYLOAD_VERSION = 2
"""Version 1 (no `dataschema`) had snake_case names and lowercase enum values."""
SCHEMAS_PATH = f"/asyncapi/schemas/v{PAYLOAD_VERSION}"
"""Where, under the server's public URL, each message's data schema is served."""


def data_schema_url(public_base_url: str, kind: MessageKind) -> str:
    return f"{public_base_url.rstrip('/')}{SCHEMAS_PATH}/{kind.title}.json"


def cloud_event(
    event: CronicaAggregate.Event,
    kind: MessageKind,
    *,
    position: int,
    tenant: str,
    public_base_url: str,
) -> dict[str, Any]:
    """The envelope of one event read at `position` of the notification log, for its tenant,
    published as `kind`."""
    return {
        "specversion": SPEC_VERSION,
        "id": kind.message_id(event),
        "source": f"{TYPE_NAMESPACE}/{tenant}",
        "type": f"{TYPE_NAMESPACE}.{kind.channel}",
        "subject": str(event.originator_id),
        "time": rfc3339(event.timestamp),
        "datacontenttype": "application/json",
        "dataschema": data_schema_url(public_base_url, kind),
        "data": kind.data(event),
        # Extensions: CloudEvents names them in lowercase letters and digits only.
        "position": position,
        "aggregateversion": event.originator_version,
        "companyid": str(event.company_id),
        "unitid": str(event.unit_id),
        "actorid": event.actor_id,
        "correlationid": event.correlation_id,
    }


def encode(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()
