"""NATS subject naming: `<prefix>.<tenant>.<aggregate>.<event>`, every token in snake case.

The aggregate and event names come from the event class's qualified name, which is also part of
the topic stored with every event, so they are as stable as the stored events themselves:
`Incident.FollowedUp` is published on `cronica.acme.incident.followed_up`. A step of the shared
lifecycle is published under the step's name too (`cronica.bus.message_kinds`).
"""

from __future__ import annotations

import re

from cronica.domain.base import CronicaAggregate

# Lower-to-upper and acronym-to-word boundaries: "ApiToken" -> "api_token", "HTTPLog" -> "http_log".
_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# NATS reserves "." (token separator), "*" and ">" (wildcards); whitespace ends a subject.
_NOT_A_TOKEN_CHARACTER = re.compile(r"[^A-Za-z0-9_-]")


class UnnamedEventError(ValueError):
    """Raised when an event class is not nested in its aggregate, so it names no aggregate."""


def snake_case(name: str) -> str:
    return _WORD_BOUNDARY.sub("_", name).lower()


def subject_token(text: str) -> str:
    """A value (such as a tenant slug) made safe as one subject token: reserved characters
    become "_", so `acme.es` cannot split into two tokens or act as a wildcard."""
    token = _NOT_A_TOKEN_CHARACTER.sub("_", text)
    return token or "_"


def event_name(event_class: type[CronicaAggregate.Event]) -> tuple[str, str]:
    """The aggregate's and the event's names in snake case: ("incident", "followed_up")."""
    parts = event_class.__qualname__.split(".")
    if len(parts) < 2:
        raise UnnamedEventError(f"event class {'.'.join(parts)} is not nested in an aggregate")
    return snake_case(parts[-2]), snake_case(parts[-1])


def subject_for(prefix: str, tenant: str, channel: str) -> str:
    """The subject of a message of `channel` (`incident.closed`) for a tenant."""
    return f"{prefix}.{subject_token(tenant)}.{channel}"


def stream_subjects(prefix: str) -> list[str]:
    """The subjects a stream must capture to hold every event published under `prefix`."""
    return [f"{prefix}.>"]
