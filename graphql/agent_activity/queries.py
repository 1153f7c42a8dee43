"""Query fields over agent activity: done and pending work per agent, to judge effectiveness."""

from datetime import datetime
from typing import Annotated

import strawberry

from cronica.domain.record_rules import RecordRule
from cronica.graphql.agent_activity.types import AgentActivity
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError
from cronica.graphql.read_rules import read_rule
from cronica.projections.agent_activity.queries import agent_activity
from cronica.projections.agent_activity.rows import AgentWorkKind
from cronica.projections.users.queries import team_of


@strawberry.type
class AgentActivityQueries:
    @strawberry.field(
        extensions=read_rule(RecordRule.WORK),
        description="Each agent's work from `from` (inclusive) to `to` (exclusive): what was "
        "done, what was pending at `to`, and the average resolution time; only agents with "
        "something done or pending, the most done first. Only the agents whose work the viewer "
        "reads: his own, and his subtree's for a manager; every agent's for admins and auditors.",
    )
    async def agent_activity(
        self,
        info: Info,
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
        team_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only the members of this unit and units under it."),
        ] = None,
        kinds: Annotated[
            list[AgentWorkKind] | None,
            strawberry.argument(description="Only these kinds of record (all by default)."),
        ] = None,
        at_least_position: AtLeastPosition = None,
    ) -> list[AgentActivity]:
        context = info.context
        viewer = context.viewer
        if from_.tzinfo is None or to.tzinfo is None:
            raise InvalidArgumentError("`from` and `to` need a time zone offset")
        if to <= from_:
            raise InvalidArgumentError("`to` must be after `from`")
        await context.read_after(at_least_position)
        agent_ids = None
        if team_id is not None:
            viewer.require_work_in(team_id, "a team's activity")
            members = await context.api.run(team_of, viewer.company_id, team_id)
            agent_ids = [member.id for member in members]
        wanted = None if kinds is None else [kind.value for kind in kinds]
        figures = await context.api.run(agent_activity, viewer.scope, from_, to, agent_ids, wanted)
        return [AgentActivity.from_figures(agent) for agent in figures]
