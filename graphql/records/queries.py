"""Query fields over any record, read from its events: as it was at a moment, and its history.

Scoped like every query to the viewer's company, and decided by the one access policy
(`cronica.domain.access`) on the record as it is now: its kind's rule, its unit's place in the
tree, the people it names. A record the viewer may not see is answered as an unknown id.
"""

import asyncio
from datetime import datetime
from typing import Annotated
from uuid import UUID

import strawberry

from cronica.domain.access import Access
from cronica.domain.record_rules import RecordRule
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError
from cronica.graphql.read_rules import read_rule
from cronica.graphql.records.types import HistoryEvent, RecordSnapshot
from cronica.projections.records.snapshots import RecordSnapshot as Snapshot

Moment = Annotated[
    datetime | None,
    strawberry.argument(
        description="A time with its zone; the record as it was then. Omitted: now."
    ),
]


@strawberry.type
class RecordQueries:
    @strawberry.field(
        extensions=read_rule(None),
        description="Any record of the company by id, rebuilt from its events as it was at "
        "`asOf`; null if there is none (or it did not exist yet then).",
    )
    async def record(
        self,
        info: Info,
        id: strawberry.ID,
        as_of: Moment = None,
        at_least_position: AtLeastPosition = None,
    ) -> RecordSnapshot | None:
        snapshot = await _snapshot(info, id, as_of, at_least_position)
        return RecordSnapshot.from_snapshot(snapshot) if snapshot else None

    @strawberry.field(
        extensions=read_rule(None),
        description="The events of any record of the company, oldest first, up to and "
        "including `upTo`; null if there is no such record.",
    )
    async def history(
        self,
        info: Info,
        id: strawberry.ID,
        up_to: Moment = None,
        at_least_position: AtLeastPosition = None,
    ) -> list[HistoryEvent] | None:
        snapshot = await _snapshot(info, id, up_to, at_least_position)
        return [HistoryEvent.from_entry(entry) for entry in snapshot.history] if snapshot else None


async def _snapshot(
    info: Info, record_id: str, moment: datetime | None, at_least_position: int | None
) -> Snapshot | None:
    if moment is not None and moment.tzinfo is None:
        raise InvalidArgumentError("a time must carry its zone: add Z or +01:00")
    # The events come from the event store, but who acted (`actor`) from the user directory.
    await info.context.read_after(at_least_position)
    try:
        ident = UUID(record_id)
    except ValueError:
        return None  # no record has such an id
    viewer, api = info.context.viewer, info.context.api
    # The event store is sync: read it in a worker thread, off the event loop.
    snapshot = await asyncio.to_thread(api.record_at, ident, viewer.company_id, moment)
    return snapshot if snapshot and await _may_read(info, snapshot) else None


async def _may_read(info: Info, snapshot: Snapshot) -> bool:
    """Whether the viewer reads the record; a person's work is placed by its person's unit."""
    person_unit = None
    if snapshot.rule is RecordRule.WORK:
        people = await info.context.loaders.users.load_many([str(p) for p in snapshot.people])
        units = [UUID(person.unit_id) for person in people if person is not None]
        person_unit = units[0] if units else None
    viewer = info.context.viewer
    access = viewer.access_to(snapshot.rule, snapshot.unit_id, snapshot.people, person_unit)
    return access >= Access.READ
