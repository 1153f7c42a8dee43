"""The AgentActivity type: what one agent did and has pending in a period, in total and by kind
of record, to judge effectiveness."""

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.enums import graphql_enum
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.agent_activity.queries import AgentActivity as AgentActivityFigures
from cronica.projections.agent_activity.queries import KindActivity
from cronica.projections.agent_activity.rows import AgentWorkKind

graphql_enum(AgentWorkKind, "The kinds of record an agent is responsible for.")

_DONE = (
    "Done within the period: an incident closed, a repair order delivered, a task closed or "
    "followed up (or recorded as a history note), an opportunity won or lost, a notice resolved."
)
_PENDING = "Opened before the period's end and not done (nor cancelled) by then."
_REOPENED = "How many times the items done or pending were reopened (work done again)."
_AVERAGE = "From opening to done, of the items done in the period; null when none was done."


@strawberry.type(description="An agent's figures for one kind of record.")
class AgentKindActivity:
    kind: AgentWorkKind
    done: int = strawberry.field(description=_DONE)
    pending: int = strawberry.field(description=_PENDING)
    reopened: int = strawberry.field(description=_REOPENED)
    average_resolution_minutes: float | None = strawberry.field(description=_AVERAGE)

    @classmethod
    def from_figures(cls, figures: KindActivity) -> "AgentKindActivity":
        return cls(
            kind=AgentWorkKind(figures.kind),
            done=figures.done,
            pending=figures.pending,
            reopened=figures.reopened,
            average_resolution_minutes=figures.average_resolution_minutes,
        )


@strawberry.type(description="What an agent did and has pending in a period.")
class AgentActivity:
    agent_id: strawberry.ID
    done: int = strawberry.field(description=_DONE)
    pending: int = strawberry.field(description=_PENDING)
    reopened: int = strawberry.field(description=_REOPENED)
    average_resolution_minutes: float | None = strawberry.field(description=_AVERAGE)
    kinds: list[AgentKindActivity] = strawberry.field(
        description="By kind of record: only the kinds with something done or pending."
    )

    @strawberry.field(description="The agent (through the request's DataLoader).")
    async def agent(self, info: Info) -> User | None:
        return await user_by_id(info, self.agent_id)

    @classmethod
    def from_figures(cls, figures: AgentActivityFigures) -> "AgentActivity":
        return cls(
            agent_id=strawberry.ID(figures.agent_id),
            done=figures.done,
            pending=figures.pending,
            reopened=figures.reopened,
            average_resolution_minutes=figures.average_resolution_minutes,
            kinds=[AgentKindActivity.from_figures(kind) for kind in figures.kinds],
        )
