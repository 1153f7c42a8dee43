"""The CatalogueEntryFilter and CatalogueEntryOrder inputs: which entries to list, in which order
(by catalogue, then as added, unless told otherwise). Their fields come from the catalogues'
columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.catalogues.rows import CatalogueEntryRow


@row_filter(CatalogueEntryRow, description="Which entries to list: every field given must match.")
class CatalogueEntryFilter(RowFilter):
    pass


@row_order(CatalogueEntryRow)
class CatalogueEntryOrder(RowOrder):
    pass
