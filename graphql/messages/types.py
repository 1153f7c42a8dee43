"""The InternalMessage type: a message between users of the company, as one recipient (the viewer)
sees it in his inbox: his own read receipt and whether he archived it."""

from datetime import datetime

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_objects import object_from_row
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.messages.rows import InboxEntryRow


@strawberry.type(description="An internal message in the viewer's inbox.")
class InternalMessage:
    id: strawberry.ID
    sender_id: strawberry.ID | None = strawberry.field(
        description="Null for a message sent by a rule (an incident assigned)."
    )
    subject: str
    body: str
    body_preview: str = strawberry.field(description="The body on one line, cut short.")
    reminder: bool = strawberry.field(
        description="Followed: among the reminders of its sender and recipients until cleared."
    )
    remind_at: datetime | None
    related_type: str | None = strawberry.field(description="The kind of record it is about.")
    related_id: strawberry.ID | None
    attachment_count: int
    sent_at: datetime
    read_at: datetime | None = strawberry.field(description="When the viewer read it.")
    unread: bool
    archived_at: datetime | None = strawberry.field(description="When the viewer archived it.")
    version: int = strawberry.field(description="The message's version: its number of events.")

    @strawberry.field
    async def sender(self, info: Info) -> User | None:
        return await user_by_id(info, self.sender_id)

    history: list[HistoryEvent] = history_field("Every event of the message, oldest first.")

    @classmethod
    def from_row(cls, row: InboxEntryRow) -> "InternalMessage":
        return object_from_row(cls, row)
