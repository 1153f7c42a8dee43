"""What the GraphQL API reads through, handed in by ops (graphql never builds stores itself),
and who reads.

Every call to the read store or the event store is sync: `ReadApi.run` moves it to a worker
thread so a resolver never blocks the event loop, and `wait_for_position` polls without
blocking for read-your-writes (DESIGN.md §5).
"""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Concatenate, ParamSpec, TypeVar
from uuid import UUID

from cronica.domain.roles import Capability, can
from cronica.graphql.errors import NotAllowedError, ReadModelsBehindError
from cronica.projections.records.history import HistoryEntry
from cronica.projections.records.snapshots import RecordSnapshot
from cronica.projections.store import ReadStore

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Viewer:
    """The user a request's bearer token belongs to; every query is scoped to their company."""

    user_id: str
    company_id: str
    name: str
    role: str

    @property
    def supervises(self) -> bool:
        """Managers and admins read the work of anyone in their company."""
        return can(self.role, Capability.SUPERVISE)

    def may_read_timesheet_of(self, employee_id: str) -> bool:
        """Everyone reads their own timesheet; managers and admins read anyone's."""
        return employee_id == self.user_id or self.supervises

    def require_supervisor(self, what: str) -> None:
        """Only managers and admins read the work of a team or of every agent."""
        if not self.supervises:
            raise NotAllowedError(f"only managers and admins may read {what}")


@dataclass(frozen=True)
class ReadApi:
    """The process's read store and the few callables the API needs from the rest of Cronica."""

    store: ReadStore
    authenticate: Callable[[str], Viewer | None]
    """The viewer a bearer token belongs to, or None for an unknown or revoked token."""
    history: Callable[[UUID], list[HistoryEntry]]
    record_at: Callable[[UUID, str, datetime | None], RecordSnapshot | None]
    """A record of a company (id, company id) rebuilt from its events up to a time (None:
    now), or None if that company has no such record then."""
    reached_position: Callable[[], int]
    """The event store position every projection has reached."""
    read_wait_seconds: float
    poll_seconds: float = 0.05

    async def run(
        self, query: Callable[Concatenate[ReadStore, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """A read-model query function, run on the store in a worker thread."""
        return await asyncio.to_thread(query, self.store, *args, **kwargs)

    async def wait_for_position(self, position: int) -> int:
        """Waits until the read models reach `position`; answers the position reached."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.read_wait_seconds
        while True:
            reached = await asyncio.to_thread(self.reached_position)
            if reached >= position:
                return reached
            if loop.time() >= deadline:
                raise ReadModelsBehindError(
                    f"the read models have not caught up with position {position} yet "
                    f"(they are at {reached}); try again shortly"
                )
            await asyncio.sleep(self.poll_seconds)
