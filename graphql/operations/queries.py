"""Query fields for admins about running Cronica."""

import strawberry

from cronica.domain.record_rules import RecordRule
from cronica.domain.roles import Capability
from cronica.graphql.context import Info
from cronica.graphql.operations.types import SetAsideEvent
from cronica.graphql.read_rules import capability_rule
from cronica.projections.set_aside.queries import set_aside_events


@strawberry.type
class OperationsQueries:
    @strawberry.field(
        description="The events of the company that a read model could not apply, in log "
        "order: the read models went on without them. For admins.",
        extensions=capability_rule(
            RecordRule.COMPANY, Capability.ADMINISTER, "the set-aside events"
        ),
    )
    async def set_aside_events(self, info: Info) -> list[SetAsideEvent]:
        company_id = info.context.viewer.company_id
        rows = await info.context.api.run(set_aside_events, company_id=company_id)
        return [SetAsideEvent.from_row(row) for row in rows]
