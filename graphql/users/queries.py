"""Query fields about the calling user."""

import strawberry

from cronica.domain.record_rules import RecordRule
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.context import Info
from cronica.graphql.read_rules import read_rule
from cronica.graphql.users.types import User


@strawberry.type
class ViewerQueries:
    @strawberry.field(extensions=read_rule(RecordRule.COMPANY), description="The calling user.")
    async def me(self, info: Info, at_least_position: AtLeastPosition = None) -> User:
        await info.context.read_after(at_least_position)
        return User.from_viewer(info.context.viewer)
