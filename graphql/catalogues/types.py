"""The CatalogueEntry type: one entry of one of the company's catalogues (a task type, an
incident type, a notice code...), as records name it by its code and lists show its name."""

import json

import strawberry

from cronica.domain.catalogue_values import CatalogueKind, ValueType
from cronica.graphql.context import Info
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.row_objects import object_from_row
from cronica.projections.catalogues.queries import CatalogueRow, entries_of
from cronica.projections.catalogues.rows import CatalogueEntryRow

graphql_enum(CatalogueKind, "The catalogues every company has.")
graphql_enum(ValueType, "What a custom field holds.")


@strawberry.type(description="An entry of a catalogue; a removed one is kept for older records.")
class CatalogueEntry:
    catalogue_id: strawberry.ID = strawberry.field(
        description="The catalogue it is an entry of (`node(id)` answers it whole)."
    )
    kind: CatalogueKind
    code: str = strawberry.field(description="What records keep: stable, never renamed.")
    name: str = strawberry.field(description="What lists show.")
    colour: str | None = strawberry.field(
        description="A task type's colour on planning boards (#RRGGBB)."
    )
    value_type: ValueType | None = strawberry.field(description="A custom field's.")
    choices: list[str] = strawberry.field(description="A `choice` custom field's values.")
    priority: bool = strawberry.field(
        description="A priority task type: its planned tasks are urgent."
    )
    removed: bool
    place: int = strawberry.field(description="Its place in the catalogue, from 0.")

    @classmethod
    def from_row(cls, row: CatalogueEntryRow) -> "CatalogueEntry":
        return object_from_row(cls, row, choices=json.loads(row.choices))


@strawberry.type(description="One of the company's catalogues, with its entries.")
class Catalogue(Node):
    id: strawberry.ID
    kind: CatalogueKind

    @strawberry.field(description="Every entry, removed ones too, in the order added.")
    async def entries(self, info: Info) -> list[CatalogueEntry]:
        company_id = info.context.viewer.company_id
        rows = await info.context.api.run(entries_of, company_id, str(self.id))
        return [CatalogueEntry.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: CatalogueRow) -> "Catalogue":
        return cls(id=strawberry.ID(row.id), kind=CatalogueKind(row.kind))
