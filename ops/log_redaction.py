"""Secrets never reach the logs: the calendar feed's URL carries its only credential in its path,
and the access log writes every path. Every log line of every process passes through
`redact_secrets` (see `cronica.ops.observability.logs`), and the access log's path through
`redacted` as well."""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import Any

SECRET_IN_PATH = re.compile(r"(/calendar/)[^/?#\s\"]+?(\.ics)")
REDACTED = r"\1[redacted]\2"


def redacted(text: str) -> str:
    if "/calendar/" not in text:  # every text of every log line comes here: the common case
        return text
    return SECRET_IN_PATH.sub(REDACTED, text)


def redact_secrets(
    _logger: Any, _method: str, event: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """A structlog processor: every text of the line with every secret of a path redacted (a
    message of another library, a traceback, a field)."""
    for key, value in event.items():
        if isinstance(value, str):
            event[key] = redacted(value)
    return event
