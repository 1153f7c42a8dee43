"""The SetAsideEvent type: an event a read model could not apply, and why."""

from datetime import datetime

import strawberry

from cronica.projections.set_aside.rows import SetAsideEvent as SetAsideRow


@strawberry.type(
    description="An event a read model could not apply, set aside with its error while the "
    "read models went on; `cronica set-aside retry` applies it again once the code is fixed."
)
class SetAsideEvent:
    projection: str = strawberry.field(description="The read model (projection) that failed.")
    position: int = strawberry.field(description="The event's position in the event log.")
    record_id: strawberry.ID = strawberry.field(description="The record the event belongs to.")
    event_type: str = strawberry.field(description="The event's type, e.g. `Incident.Closed`.")
    error: str = strawberry.field(description="The error's class and message.")
    set_aside_at: datetime

    @classmethod
    def from_row(cls, row: SetAsideRow) -> "SetAsideEvent":
        return cls(
            projection=row.projection,
            position=row.position,
            record_id=strawberry.ID(row.record_id),
            event_type=row.event_type,
            error=f"{row.error_class}: {row.error}",
            set_aside_at=datetime.fromisoformat(row.set_aside_at),
        )
