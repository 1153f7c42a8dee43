"""The request headers a command takes besides its credential, each declared once: the pattern
that checks its value (a malformed one is refused with 400 `invalid-header`) is also the pattern
the OpenAPI document states for it, so a client generated from the document never sends a value
the server refuses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fastapi import Header
from pydantic import WithJsonSchema

from cronica.commands.http.problems import CORRELATION_HEADER, InvalidHeaderError


@dataclass(frozen=True)
class HeaderRule:
    """An optional header whose value must match `pattern` whole (a regular expression both
    Python and ECMA-262 read alike, as JSON Schema's `pattern` is)."""

    name: str
    pattern: str
    description: str
    refusal: str
    """What the 400 says of a value that does not match."""
    lengths: tuple[int, int] | None = None
    """The value's least and most characters, when the pattern bounds them."""

    def checked(self, value: str) -> str:
        """The value, if it matches; else InvalidHeaderError."""
        if re.fullmatch(self.pattern, value) is None:
            raise InvalidHeaderError(f"{self.name} {self.refusal}")
        return value

    def schema(self) -> dict[str, Any]:
        """The header's JSON Schema: a string of the pattern (and lengths), never null."""
        bounds = (
            {"minLength": self.lengths[0], "maxLength": self.lengths[1]} if self.lengths else {}
        )
        return {"type": "string", "pattern": f"^(?:{self.pattern})$", **bounds}

    @property
    def documented(self) -> WithJsonSchema:
        """The header's schema in the OpenAPI document, in place of FastAPI's (a string or null:
        a header is absent, never null)."""
        return WithJsonSchema(self.schema())

    @property
    def header(self) -> Any:
        """The FastAPI parameter reading the header."""
        return Header(alias=self.name, description=self.description)


def _visible_ascii(name: str, description: str) -> HeaderRule:
    # Visible ASCII only: these values end up in stored events and response headers.
    return HeaderRule(
        name,
        "[!-~]{1,200}",
        description,
        "must be 1 to 200 visible ASCII characters",
        lengths=(1, 200),
    )


CORRELATION_ID = _visible_ascii(
    CORRELATION_HEADER, "Names the request on every event it causes (default: a new UUID)."
)
IDEMPOTENCY_KEY = _visible_ascii(
    "Idempotency-Key",
    "Repeating a key with the same body answers the same and writes nothing; with another "
    "body, 422.",
)
IF_MATCH = HeaderRule(
    "If-Match",
    r'\*|(?:W/)?"[0-9]{1,18}"|[0-9]{1,18}',
    'The version the command expects (3, "3" or W/"3"; `*`: any): 412 when stale.',
    'must be one version, like 3 or "3"',
)

GUARD_HEADERS = frozenset(rule.name for rule in (CORRELATION_ID, IDEMPOTENCY_KEY, IF_MATCH))
"""The headers refused with 400 when malformed."""
