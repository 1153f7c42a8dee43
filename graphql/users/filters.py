"""The UserFilter, UserOrder, BusinessUnitFilter and BusinessUnitOrder inputs: which users and
units a list shows, in which order (ties always end by id). Their fields come from the user
directory's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.users.rows import UnitRow, UserRow


@row_filter(UserRow, description="Which users to list: every field given must match.")
class UserFilter(RowFilter):
    pass


@row_order(UserRow)
class UserOrder(RowOrder):
    pass


@row_filter(UnitRow, description="Which business units to list: every field given must match.")
class BusinessUnitFilter(RowFilter):
    pass


@row_order(UnitRow)
class BusinessUnitOrder(RowOrder):
    pass
