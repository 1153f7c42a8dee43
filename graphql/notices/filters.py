"""The NoticeFilter and NoticeOrder inputs: which notices a list shows, in which order (ties
always end by id). Their fields come from the notice list's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.notices.rows import NoticeRow


@row_filter(NoticeRow, description="Which notices to list: every field given must match.")
class NoticeFilter(RowFilter):
    pass


@row_order(NoticeRow)
class NoticeOrder(RowOrder):
    pass
