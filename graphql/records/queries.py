"""Query fields over any record, read from its events: as it was at a moment, and its history.

Scoped like every query to the viewer's company. Records that belong to particular people (a
user's inbox, an internal message, a timesheet line added by hand) are read by those people only,
as their own lists are; admins, the company's auditors, read every record.
"""

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Annotated
from uuid import UUID

import strawberry

from cronica.domain.roles import Capability, can
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError
from cronica.graphql.read_api import Viewer
from cronica.graphql.records.types import HistoryEvent, RecordSnapshot
from cronica.projections.records.snapshots import RecordSnapshot as Snapshot


def _is_self(viewer: Viewer, person_id: str) -> bool:
    return person_id == viewer.user_id


# A personal record's type: the attributes naming its people, and who of them the viewer may be.
_PERSONAL: dict[str, tuple[tuple[str, ...], Callable[[Viewer, str], bool]]] = {
    "Inbox": (("user_id",), _is_self),
    "InternalMessage": (("sender_id", "recipient_ids"), _is_self),
    "TimesheetEntry": (("employee_id",), Viewer.may_read_timesheet_of),
}

Moment = Annotated[
    datetime | None,
    strawberry.argument(
        description="A time with its zone; the record as it was then. Omitted: now."
    ),
]


@strawberry.type
class RecordQueries:
    @strawberry.field(
        description="Any record of the company by id, rebuilt from its events as it was at "
        "`asOf`; null if there is none (or it did not exist yet then)."
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
        description="The events of any record of the company, oldest first, up to and "
        "including `upTo`; null if there is no such record."
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
    return snapshot if snapshot and _may_read(viewer, snapshot) else None


def _may_read(viewer: Viewer, snapshot: Snapshot) -> bool:
    if can(viewer.role, Capability.AUDIT) or snapshot.type not in _PERSONAL:
        return True
    fields, allowed = _PERSONAL[snapshot.type]
    people: list[str] = []
    for field in fields:
        value = snapshot.state.get(field)
        people.extend(value if isinstance(value, list) else [value] if value else [])
    return any(allowed(viewer, person) for person in people)
