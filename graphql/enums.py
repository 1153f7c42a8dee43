"""GraphQL enums made from the enums of the domain and the read models, so that the API and the
records share one list of values; the API adds only its descriptions.

    api_enum(AgendaView, "Which days an agenda shows around its date.",
             WORK_WEEK="Monday to Friday.")
"""

from enum import Enum
from typing import Any, TypeVar

import strawberry
from strawberry.types.enum import has_enum_definition

E = TypeVar("E", bound=type[Enum])


def api_enum(enum: E, description: str | None = None, **value_descriptions: str) -> E:
    """The enum as a GraphQL enum of the same name and values, with these descriptions (of the
    enum, and of some values by name). It is described in place, so a filter input that wrapped
    the enum before keeps the same GraphQL enum."""
    wrapped: Any = enum if has_enum_definition(enum) else strawberry.enum(enum)
    definition = wrapped.__strawberry_definition__
    definition.description = description
    for value in definition.values:
        value.description = value_descriptions.pop(value.name, None)
    assert not value_descriptions, f"{enum.__name__} has no values {sorted(value_descriptions)}"
    return enum
