"""The sales pipeline types: opportunities grouped by status, agent, type or source, with their
open, won and lost counts, amounts and lost reasons."""

from decimal import Decimal
from enum import Enum

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.opportunities.queries import PipelineGroup as PipelineGroupRow


@strawberry.enum(description="What the pipeline groups opportunities by.")
class PipelineGroupBy(Enum):
    STATUS = "status"
    AGENT = "agent"
    TYPE = "type"
    SOURCE = strawberry.enum_value("source", description="How the customer heard about us.")


@strawberry.type(description="How many opportunities of a group were lost for one reason.")
class LostReasonCount:
    reason: str = strawberry.field(description="A code of the lost-reasons catalogue.")
    count: int


@strawberry.type(description="The opportunities sharing one status, agent, type or source.")
class PipelineGroup:
    key: str | None = strawberry.field(
        description="The status, agent id, type or source; null for those without an agent or "
        "a source."
    )
    count: int
    open: int = strawberry.field(description="Neither won nor lost (yet).")
    won: int
    lost: int
    amount: Decimal = strawberry.field(description="The sum of every expected amount given.")
    won_amount: Decimal = strawberry.field(description="The sum of the won ones' amounts.")
    lost_reasons: list[LostReasonCount] = strawberry.field(
        description="Why the lost ones were lost, the most frequent reason first."
    )
    group_by: strawberry.Private[PipelineGroupBy]

    @strawberry.field(description="The agent, when grouped by agent; null otherwise.")
    async def agent(self, info: Info) -> User | None:
        if self.group_by is not PipelineGroupBy.AGENT:
            return None
        return await user_by_id(info, self.key)

    @classmethod
    def from_row(cls, row: PipelineGroupRow, group_by: PipelineGroupBy) -> "PipelineGroup":
        return cls(
            key=row.key,
            count=row.count,
            open=row.open,
            won=row.won,
            lost=row.lost,
            amount=row.amount,
            won_amount=row.won_amount,
            lost_reasons=[
                LostReasonCount(reason=r.reason, count=r.count) for r in row.lost_reasons
            ],
            group_by=group_by,
        )
