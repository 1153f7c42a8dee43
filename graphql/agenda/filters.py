"""The AgendaFilter and AgendaOrder inputs: which items of an agenda's days to list, and in
which order (ties always end by id). Their fields come from the agenda's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.agenda.rows import AgendaItemRow


@row_filter(AgendaItemRow, description="Which agenda items to list: every field given must match.")
class AgendaFilter(RowFilter):
    pass


@row_order(AgendaItemRow)
class AgendaOrder(RowOrder):
    pass
