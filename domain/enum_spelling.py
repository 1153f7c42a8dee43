"""How the APIs and the event stream spell an enum's members: by name (`URGENT`), unless the enum
is marked as spelled by its values (`prospect`), as the customer's kind has always been in the
command API. One mark, read by GraphQL's enums and by the published payloads alike."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=type[Enum])

SPELLED_BY_VALUE: set[type[Enum]] = set()


def spelled_by_value(enum: E) -> E:
    """Marks an enum whose members the APIs spell as their values."""
    SPELLED_BY_VALUE.add(enum)
    return enum


def api_spelling(member: Enum) -> str:
    """The member as the APIs spell it."""
    return str(member.value) if type(member) in SPELLED_BY_VALUE else member.name
