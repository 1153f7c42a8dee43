"""The InboxFilter, InboxOrder, MessageFilter and MessageOrder inputs: which of the viewer's
received or sent messages to list, in which order (the inbox: unread first, then the newest;
the sent box: the newest; ties always end by id). Their fields come from the messages' columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.messages.rows import InboxEntryRow, MessageRow


@row_filter(InboxEntryRow, description="Which messages to list: every field given must match.")
class InboxFilter(RowFilter):
    pass


@row_order(InboxEntryRow)
class InboxOrder(RowOrder):
    pass


@row_filter(MessageRow, description="Which messages to list: every field given must match.")
class MessageFilter(RowFilter):
    pass


@row_order(MessageRow)
class MessageOrder(RowOrder):
    pass
