"""The IncidentFilter and IncidentOrder inputs: which incidents a list shows, in which order
(ties always end by id). Their fields come from the incident list's columns."""

# Names the rows' Priority IncidentPriority before the filter input is derived from them.
from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.incidents.rows import IncidentRow


@row_filter(IncidentRow, description="Which incidents to list: every field given must match.")
class IncidentFilter(RowFilter):
    pass


@row_order(IncidentRow)
class IncidentOrder(RowOrder):
    pass
