"""The InboxFilter and InboxOrder inputs: which of the viewer's messages to list, in which order
(unread first, then the newest, unless told otherwise; ties always end by id). Their fields come
from the inbox's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.messages.rows import InboxEntryRow


@row_filter(InboxEntryRow, description="Which messages to list: every field given must match.")
class InboxFilter(RowFilter):
    pass


@row_order(InboxEntryRow)
class InboxOrder(RowOrder):
    pass
