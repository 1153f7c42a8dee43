"""GraphQL enums made from the enums of the domain and the read models, so that the API and the
records share one list of values (a new member reaches the API at once); the API adds only its
names where they differ and its descriptions.

    graphql_enum(AgendaView, "Which days an agenda shows around its date.",
                 WORK_WEEK="Monday to Friday.")
"""

from enum import Enum
from typing import Any, Literal, TypeVar

import strawberry
from strawberry.types.enum import has_enum_definition

from cronica.domain.enum_spelling import SPELLED_BY_VALUE
from cronica.domain.priority import Priority

E = TypeVar("E", bound=type[Enum])

_API_NAMES: dict[type[Enum], str] = {Priority: "IncidentPriority"}
"""Enums the API names otherwise than the code does (by default: the class's name)."""


def graphql_enum(enum: E, description: str | None = None, **value_descriptions: str) -> E:
    """The enum as a GraphQL enum, with these descriptions (of the enum, and of some values by
    name). It is wrapped once and described in place, so a filter input that wrapped the enum
    before (`list_inputs`) shows the same GraphQL enum."""
    named = _API_NAMES.get(enum)
    spelled: Literal["key", "value"] = "value" if enum in SPELLED_BY_VALUE else "key"
    wrapped: Any = (
        enum
        if has_enum_definition(enum)
        else strawberry.enum(enum, name=named, graphql_name_from=spelled)
    )
    definition = wrapped.__strawberry_definition__
    if description is not None:
        definition.description = description
    for value in definition.values:
        if value.name in value_descriptions:
            value.description = value_descriptions.pop(value.name)
    assert not value_descriptions, f"{enum.__name__} has no values {sorted(value_descriptions)}"
    return enum
