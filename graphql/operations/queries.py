"""Query fields for admins about running Cronica."""

import strawberry

from cronica.domain.roles import Capability, can
from cronica.graphql.context import Info
from cronica.graphql.errors import NotAllowedError
from cronica.graphql.operations.types import SetAsideEvent
from cronica.projections.set_aside.queries import set_aside_events


@strawberry.type
class OperationsQueries:
    @strawberry.field(
        description="The events of the company that a read model could not apply, in log "
        "order: the read models went on without them. For admins."
    )
    async def set_aside_events(self, info: Info) -> list[SetAsideEvent]:
        viewer = info.context.viewer
        if not can(viewer.role, Capability.ADMINISTER):
            raise NotAllowedError("only admins may read the set-aside events")
        rows = await info.context.api.run(set_aside_events, company_id=viewer.company_id)
        return [SetAsideEvent.from_row(row) for row in rows]
