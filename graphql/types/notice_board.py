"""The NoticeBoard type: the alerts a user has received, and how many are unread."""

from datetime import datetime

import strawberry

from cronica.projections.notice_board import AlertRow


@strawberry.type(description="The record an alert is about.")
class AlertRecord:
    id: strawberry.ID
    number: str


@strawberry.type(description="Something a user was told: a new incident, an assignment.")
class Alert:
    id: strawberry.ID
    kind: str = strawberry.field(description="incident_opened or incident_assigned.")
    record: AlertRecord
    title: str
    created_at: datetime
    read_at: datetime | None

    @classmethod
    def from_row(cls, row: AlertRow) -> "Alert":
        return cls(
            id=strawberry.ID(row.id),
            kind=row.kind,
            record=AlertRecord(id=strawberry.ID(row.record_id), number=row.record_number),
            title=row.title,
            created_at=datetime.fromisoformat(row.created_at),
            read_at=datetime.fromisoformat(row.read_at) if row.read_at else None,
        )


@strawberry.type(description="The calling user's alerts, newest first.")
class NoticeBoard:
    alerts: list[Alert]
    unread_count: int
