"""The AsyncAPI 3.0 document of the event stream, generated from the event classes: one channel
per subject `<prefix>.{company}.<record>.<event>`, each with its messages (a CloudEvents envelope
whose `data` follows the message's JSON Schema, the one `dataschema` names).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from cronica.bus.cloudevents import (
    CONTENT_TYPE,
    PAYLOAD_VERSION,
    SPEC_VERSION,
    TYPE_NAMESPACE,
    data_schema_url,
)
from cronica.bus.field_shapes import JsonSchema
from cronica.bus.message_kinds import MessageKind, all_message_kinds

ASYNCAPI_VERSION = "3.0.0"
JSON_SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"

DESCRIPTION = f"""Every change to a Cronica record, as a CloudEvents {SPEC_VERSION} JSON envelope
on NATS JetStream. Incidents, opportunities, repair orders and tasks also publish the shared
lifecycle (`created`, `assigned`, `followed_up`, `closed` with an `outcome`, `reopened`, and
`lost` for opportunities) beside the names of their own events. Payload version
{PAYLOAD_VERSION}: names in camelCase and enum values by name, as the GraphQL and command APIs
show them; each envelope's `dataschema` names its data's JSON Schema, with the version in its
path. Messages without `dataschema` are of version 1 (snake_case names, lowercase values)."""

COMPANY_PARAMETER = {
    "description": "The company's slug; characters other than letters, digits, `_` and `-` "
    "become `_`."
}

ENVELOPE: JsonSchema = {
    "type": "object",
    "required": [
        "specversion",
        "id",
        "source",
        "type",
        "subject",
        "time",
        "datacontenttype",
        "dataschema",
        "data",
        "position",
        "aggregateversion",
        "companyid",
        "unitid",
        "actorid",
        "correlationid",
    ],
    "properties": {
        "specversion": {"const": SPEC_VERSION},
        "id": {"type": "string", "description": "`<record id>:<version>` (`:<step>` on a copy)"},
        "source": {"type": "string", "description": f"`{TYPE_NAMESPACE}/<company slug>`"},
        "type": {"type": "string"},
        "subject": {"type": "string", "format": "uuid", "description": "The record's id."},
        "time": {"type": "string", "format": "date-time"},
        "datacontenttype": {"const": "application/json"},
        "dataschema": {"type": "string", "format": "uri"},
        "data": {"type": "object"},
        "position": {"type": "integer", "description": "The event's place in the store's log."},
        "aggregateversion": {"type": "integer", "minimum": 1},
        "companyid": {"type": "string", "format": "uuid"},
        "unitid": {"type": "string", "format": "uuid"},
        "actorid": {"type": "string"},
        "correlationid": {"type": "string"},
    },
}

HEADERS: JsonSchema = {
    "type": "object",
    "required": ["Nats-Msg-Id"],
    "properties": {
        "Nats-Msg-Id": {"type": "string", "description": "The envelope's `id`."},
        "Content-Type": {"const": CONTENT_TYPE},
    },
}


def data_schema_document(kind: MessageKind, public_base_url: str) -> JsonSchema:
    """The JSON Schema a message's `dataschema` URL serves: on its own, with its id."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": data_schema_url(public_base_url, kind),
        **kind.data_schema(),
    }


def asyncapi_document(prefix: str, public_base_url: str) -> dict[str, Any]:
    """The document for subjects under `prefix`, naming schemas under `public_base_url`."""
    by_channel: dict[str, list[MessageKind]] = defaultdict(list)
    for kind in all_message_kinds():
        by_channel[kind.channel].append(kind)
    channels, operations = {}, {}
    for channel, kinds in sorted(by_channel.items()):
        channels[channel] = {
            "address": f"{prefix}.{{company}}.{channel}",
            "parameters": {"company": COMPANY_PARAMETER},
            "messages": {k.title: {"$ref": f"#/components/messages/{k.title}"} for k in kinds},
        }
        operations[f"send.{channel}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel}"},
            "messages": [{"$ref": f"#/channels/{channel}/messages/{k.title}"} for k in kinds],
        }
    kinds = sorted(all_message_kinds(), key=lambda k: k.title)
    return {
        "asyncapi": ASYNCAPI_VERSION,
        "info": {
            "title": "Cronica events",
            "version": f"{PAYLOAD_VERSION}.0.0",
            "description": DESCRIPTION,
        },
        "defaultContentType": CONTENT_TYPE,
        "channels": channels,
        "operations": operations,
        "components": {
            "schemas": {
                "CloudEvent": ENVELOPE,
                **{kind.title: kind.data_schema() for kind in kinds},
            },
            "messages": {kind.title: _message(kind, public_base_url) for kind in kinds},
        },
    }


def _message(kind: MessageKind, public_base_url: str) -> dict[str, Any]:
    schema = kind.data_schema()
    return {
        "name": kind.title,
        "title": f"{kind.channel}",
        "summary": schema["description"],
        "contentType": CONTENT_TYPE,
        "headers": HEADERS,
        "payload": {
            "allOf": [
                {"$ref": "#/components/schemas/CloudEvent"},
                {
                    "type": "object",
                    "properties": {
                        "type": {"const": f"{TYPE_NAMESPACE}.{kind.channel}"},
                        "dataschema": {"const": data_schema_url(public_base_url, kind)},
                        "data": {"$ref": f"#/components/schemas/{kind.title}"},
                    },
                },
            ]
        },
    }
