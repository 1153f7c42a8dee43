"""Bodies of the catalogue commands (administrators only)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from cronica.commands.models.base import CommandModel, Line, Name
from cronica.domain.catalogue_values import CODE, COLOUR, ValueType

Code = Annotated[
    Line,
    Field(
        pattern=f"^{CODE.pattern}$",
        description="A lowercase identifier records keep; it never changes.",
        examples=["visit"],
    ),
]


class AddCatalogueEntry(CommandModel):
    code: Code
    name: Name = Field(description="What lists show; it can be renamed.")
    colour: Line | None = Field(
        default=None,
        pattern=f"^{COLOUR.pattern}$",
        description="Task types only: their colour on planning boards, #RRGGBB.",
    )
    value_type: ValueType | None = Field(
        default=None, description="Custom fields only (and for them, required)."
    )
    choices: list[Name] = Field(
        default_factory=list,
        max_length=100,
        description="The values a `choice` custom field may take, each once.",
    )


class RenameCatalogueEntry(CommandModel):
    name: Name
