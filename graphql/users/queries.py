"""Query fields about the calling user, the company's users and its tree of business units
(the company's own: everyone of it reads them)."""

import strawberry

from cronica.domain.record_rules import RecordRule
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.graphql.read_rules import read_rule
from cronica.graphql.users.filters import (
    BusinessUnitFilter,
    BusinessUnitOrder,
    UserFilter,
    UserOrder,
)
from cronica.graphql.users.types import BusinessUnit, User
from cronica.projections.users.rows import UNITS, USERS


@strawberry.type
class ViewerQueries:
    @strawberry.field(extensions=read_rule(RecordRule.COMPANY), description="The calling user.")
    async def me(self, info: Info, at_least_position: AtLeastPosition = None) -> User:
        await info.context.read_after(at_least_position)
        return User.from_viewer(info.context.viewer)

    users: Connection[User] = listing_connection(
        USERS,
        UserFilter,
        UserOrder,
        User,
        description="The company's users, by name unless ordered otherwise, a page at a time "
        "(20 by default).",
    )
    user: User | None = record_by_id("users", User, USERS, what="user")
    business_units: Connection[BusinessUnit] = listing_connection(
        UNITS,
        BusinessUnitFilter,
        BusinessUnitOrder,
        BusinessUnit,
        description="The company's business units, by name unless ordered otherwise; the top "
        "units are those whose parentId isNull, and each shows its children and members.",
    )
    business_unit: BusinessUnit | None = record_by_id(
        "units", BusinessUnit, UNITS, what="business unit"
    )
