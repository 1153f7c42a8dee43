"""The RepairOrderFilter and RepairOrderOrder inputs: which repair orders a list shows, in which
order (ties always end by id). Their fields come from the repair order list's columns."""

# Names the rows' Priority IncidentPriority before the filter input is derived from them.
from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.repair_orders.rows import RepairOrderRow


@row_filter(
    RepairOrderRow, description="Which repair orders to list: every field given must match."
)
class RepairOrderFilter(RowFilter):
    pass


@row_order(RepairOrderRow)
class RepairOrderOrder(RowOrder):
    pass
