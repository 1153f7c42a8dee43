"""The rows of the catalogues (`catalogue_entries`): one per entry of a company's catalogue of
one kind, in the order the entries were added; a removed entry is kept (older records still
show its name), flagged `removed`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.catalogue_values import CatalogueKind
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import COMPANY_WIDE


@dataclass(frozen=True)
class CatalogueEntryRow:
    scoped_by: ClassVar = COMPANY_WIDE

    id: str
    """The catalogue's id and the entry's code: `<catalogue id>:<code>`."""
    company_id: str
    catalogue_id: str
    kind: Annotated[str, column(filter="enum", order=True, enum=CatalogueKind)]
    code: Annotated[str, column(filter="text", order=True)]
    name: Annotated[str, column(filter="text", order=True)]
    colour: str | None
    value_type: str | None
    choices: str
    """The choices of a `choice` custom field, as a JSON list."""
    priority: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]
    removed: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]
    place: Annotated[int, column(order=True, description="The order entries were added in.")]
    updated_at: str
    version: int


CATALOGUE_ENTRIES: Listing[CatalogueEntryRow] = Listing.of(
    "catalogue_entries", CatalogueEntryRow, default_order=[("kind", False), ("place", False)]
)

CATALOGUE_ENTRIES_TABLE = create_table("catalogue_entries", CatalogueEntryRow)


def entry_id(catalogue_id: str, code: str) -> str:
    return f"{catalogue_id}:{code}"
