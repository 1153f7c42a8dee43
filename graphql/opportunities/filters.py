"""The OpportunityFilter and OpportunityOrder inputs: which opportunities a list (or the
pipeline) takes, in which order (ties always end by id). Their fields come from the opportunity
list's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.opportunities.rows import OpportunityRow


@row_filter(
    OpportunityRow, description="Which opportunities to take: every field given must match."
)
class OpportunityFilter(RowFilter):
    pass


@row_order(OpportunityRow)
class OpportunityOrder(RowOrder):
    pass
