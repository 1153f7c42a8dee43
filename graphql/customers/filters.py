"""The CustomerFilter, CustomerOrder, ContactFilter and ContactOrder inputs: which customers and
contacts a list shows, in which order (ties always end by id). Their fields come from the
customer directory's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.customers.parts import ContactRow
from cronica.projections.customers.rows import CustomerRow


@row_filter(CustomerRow, description="Which customers to list: every field given must match.")
class CustomerFilter(RowFilter):
    pass


@row_order(CustomerRow)
class CustomerOrder(RowOrder):
    pass


@row_filter(ContactRow, description="Which contacts to list: every field given must match.")
class ContactFilter(RowFilter):
    pass


@row_order(ContactRow)
class ContactOrder(RowOrder):
    pass
