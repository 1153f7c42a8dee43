"""The EmailFilter and EmailOrder inputs: which e-mails to list (a user's: senderId; a
record's: relatedId; by delivery state: status), in which order (the newest first unless told
otherwise; ties always end by id). Their fields come from the e-mail list's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.emails.rows import EmailRow


@row_filter(EmailRow, description="Which e-mails to list: every field given must match.")
class EmailFilter(RowFilter):
    pass


@row_order(EmailRow)
class EmailOrder(RowOrder):
    pass
