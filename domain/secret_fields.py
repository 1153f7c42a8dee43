"""The fields of events and records that hold secrets (or digests of them), declared once.

Digests of tokens, sessions, feed secrets and invitations, and password hashes, are kept in the
event store so that the server can check what a client presents; they are never shown anywhere
else: the bus drops them from what it publishes, the auditor's history and point-in-time views
from what they answer (both read an event's data through `event_data`, which honours this set).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SECRET_FIELDS = frozenset(
    {
        "digest",
        "calendar_feed_digest",
        "csrf_digest",
        "invitation_digest",
        "password_hash",
    }
)


def without_secrets(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values but those named in SECRET_FIELDS."""
    return {name: value for name, value in values.items() if name not in SECRET_FIELDS}
