"""What the GraphQL API reads through, handed in by ops (graphql never builds stores itself),
and who reads.

Every call to the read store or the event store is sync: `ReadApi.run` moves it to a worker
thread so a resolver never blocks the event loop, and `wait_for_position` polls without
blocking for read-your-writes (DESIGN.md §5).
"""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from threading import Lock
from typing import Concatenate, ParamSpec, TypeVar
from uuid import UUID

from cronica.domain.access import Access, Member, ReadScope, RecordFacts, UnitTree, read_scope
from cronica.domain.access import access_to as access_of
from cronica.domain.record_rules import RecordRule
from cronica.graphql.errors import NotAllowedError, ReadModelsBehindError
from cronica.projections.records.history import HistoryEntry
from cronica.projections.records.snapshots import RecordSnapshot
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Viewer:
    """The user a request's bearer token belongs to, as the access rules see them (`member`),
    and their company's unit tree; every query reads only what `scope` lets them.

    `member` and `tree` are read from the read models at the first read the request makes (a
    query refused before any work reads nothing), once: `ready` reads them in a worker thread."""

    user_id: str
    company_id: str
    name: str
    role: str
    access: Callable[[], tuple[Member, UnitTree]] = field(repr=False, compare=False)
    """Reads the viewer's `Member` and unit tree (one snapshot of the read models)."""
    _known: list[tuple[Member, UnitTree]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    _lock: Lock = field(default_factory=Lock, init=False, repr=False, compare=False)

    def _read(self) -> tuple[Member, UnitTree]:
        with self._lock:  # root fields resolve at once: the first reads, the others wait
            if not self._known:
                self._known.append(self.access())
            return self._known[0]

    async def ready(self) -> "Viewer":
        """The viewer, their `member` and `tree` read (in a worker thread) if not yet."""
        await asyncio.to_thread(self._read)
        return self

    @property
    def member(self) -> Member:
        return self._read()[0]

    @property
    def tree(self) -> UnitTree:
        return self._read()[1]

    @cached_property
    def reads(self) -> ReadScope:
        return read_scope(self.member, self.tree)

    @cached_property
    def scope(self) -> Scope:
        """What the viewer reads, as the read models' queries take it."""
        return Scope(self.company_id, self.reads)

    def access_to(
        self, rule: RecordRule, unit_id: UUID, people: frozenset[UUID], person_unit: UUID | None
    ) -> Access:
        """The viewer's access to one record of `rule` owned by `unit_id` naming `people`; for a
        person's work, `person_unit` is that person's unit."""
        if rule is RecordRule.WORK and (len(people) != 1 or person_unit is None):
            rule = RecordRule.PRIVATE  # a work record without one known person: no one's team
        chain = self.tree.chain(person_unit if rule is RecordRule.WORK and person_unit else unit_id)
        return access_of(self.member, RecordFacts(rule, chain, people))

    def reads_work_of(self, person_id: str, person_unit: str) -> bool:
        """Whether the viewer reads the agenda, timesheet and activity of a user of that unit."""
        person = frozenset({UUID(person_id)})
        unit = UUID(person_unit)
        return self.access_to(RecordRule.WORK, unit, person, unit) >= Access.READ

    def require_work_in(self, unit_id: str, what: str) -> None:
        """Refuses a team's work (its agendas, timesheets, activity: those of the unit's users
        and of the units under it) the viewer does not supervise; an unknown unit's team is
        nobody, with nothing to refuse."""
        try:
            unit = UUID(unit_id)
        except ValueError:
            return
        team = self.reads.work_units
        if unit in self.tree.parents and team is not None and unit not in team:
            raise NotAllowedError(f"only the team's managers, admins and auditors read {what}")


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
    kind_of: Callable[[UUID], str | None]
    """The kind of record stored under an id (`Incident`), or None: what `node(id)` reads."""
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
