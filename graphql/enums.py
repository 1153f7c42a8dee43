"""The domain's enums as GraphQL enums: the API shows the domain's own enums (a new member
reaches it at once), each under the name the API gives it."""

from enum import Enum
from typing import TypeVar

import strawberry

from cronica.domain.opportunity_values import OpportunityStatus
from cronica.domain.priority import Priority

E = TypeVar("E", bound=type[Enum])

_API_NAMES: dict[type[Enum], str] = {Priority: "IncidentPriority"}
"""Enums the API names otherwise than the domain does (by default: the class's name)."""


_DESCRIPTIONS: dict[type[Enum], str] = {
    OpportunityStatus: "new → waiting or working → won or lost; reopened: working.",
}


def graphql_enum(enum: E) -> E:
    """The domain enum, made a GraphQL enum the first time it is asked for."""
    if not hasattr(enum, "__strawberry_definition__"):
        strawberry.enum(enum, name=_API_NAMES.get(enum), description=_DESCRIPTIONS.get(enum))
    return enum
