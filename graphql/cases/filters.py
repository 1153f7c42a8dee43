"""The CaseFilter and CaseOrder inputs: which cases to list, in which order (the newest
first unless told otherwise; ties always end by id). Their fields come from the case list's
columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.cases.rows import CaseRow


@row_filter(CaseRow, description="Which cases to list: every field given must match.")
class CaseFilter(RowFilter):
    pass


@row_order(CaseRow)
class CaseOrder(RowOrder):
    pass
