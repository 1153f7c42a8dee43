"""The NoticeBoard type: what the calling user is told — his alerts, the open notices addressed to
him, his unread messages — and the counts he is warned of when he opens the application. Each
part is read only when asked for."""

from datetime import datetime

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.messages.types import InternalMessage
from cronica.graphql.notices.types import Notice
from cronica.graphql.paging import checked_size
from cronica.projections.messages.queries import inbox_of
from cronica.projections.notice_board.queries import alerts_for, board_counts, unread_count
from cronica.projections.notice_board.rows import AlertRow
from cronica.projections.notices.queries import open_notices_for
from cronica.projections.paging import Window

BOARD_SIZE = 5


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


@strawberry.type(description="What the user is warned of when he opens the application.")
class NoticeBoardCounts:
    alerts: int = strawberry.field(description="Unread alerts.")
    notices: int = strawberry.field(description="Unresolved notices addressed to him.")
    messages: int = strawberry.field(description="Unread messages in his inbox (not archived).")
    total: int


@strawberry.type(description="The calling user's notice board.")
class NoticeBoard:
    unread_only: strawberry.Private[bool]

    @strawberry.field(
        description="His alerts (the latest 100; unread only if asked), newest first."
    )
    async def alerts(self, info: Info) -> list[Alert]:
        viewer = info.context.viewer
        rows = await info.context.api.run(alerts_for, viewer.scope, unread_only=self.unread_only)
        return [Alert.from_row(row) for row in rows]

    @strawberry.field(description="How many of his alerts are unread.")
    async def unread_count(self, info: Info) -> int:
        viewer = info.context.viewer
        return await info.context.api.run(unread_count, viewer.scope)

    @strawberry.field(
        description="The unresolved notices addressed to him (they stand out), the most "
        "important first, then the one waiting longest."
    )
    async def open_notices(self, info: Info, first: int = BOARD_SIZE) -> list[Notice]:
        viewer = info.context.viewer
        page = await info.context.api.run(
            open_notices_for, viewer.scope, checked_size("first", first)
        )
        return [Notice.from_row(row) for row in page.rows]

    @strawberry.field(description="The unread messages in his inbox, newest first.")
    async def unread_messages(self, info: Info, first: int = BOARD_SIZE) -> list[InternalMessage]:
        viewer = info.context.viewer
        page = await info.context.api.run(
            inbox_of,
            viewer.scope,
            None,
            [],
            Window(first=checked_size("first", first)),
            unread_only=True,
        )
        return [InternalMessage.from_row(row) for row in page.rows]

    @strawberry.field(description="The numbers he is warned of when he opens the application.")
    async def counts(self, info: Info) -> NoticeBoardCounts:
        viewer = info.context.viewer
        counted = await info.context.api.run(board_counts, viewer.scope)
        return NoticeBoardCounts(
            alerts=counted.alerts,
            notices=counted.notices,
            messages=counted.messages,
            total=counted.total,
        )
