"""Query fields over the company's catalogues (the company's own: everyone of it reads them)."""

import strawberry

from cronica.graphql.catalogues.filters import CatalogueEntryFilter, CatalogueEntryOrder
from cronica.graphql.catalogues.types import CatalogueEntry
from cronica.graphql.connection import Connection
from cronica.graphql.listing_fields import listing_connection
from cronica.projections.catalogues.rows import CATALOGUE_ENTRIES


@strawberry.type
class CatalogueQueries:
    catalogue_entries: Connection[CatalogueEntry] = listing_connection(
        CATALOGUE_ENTRIES,
        CatalogueEntryFilter,
        CatalogueEntryOrder,
        CatalogueEntry,
        description="The entries of the company's catalogues (filter by `kind`: the task "
        "types with their colours and priority, incident types, notice codes...), by "
        "catalogue and as added unless ordered otherwise, removed ones too (`removed`).",
    )
