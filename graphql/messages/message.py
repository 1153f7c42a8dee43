"""The Message type: an internal message as its sender and recipients have it, with every
recipient's read receipt (an inbox shows one recipient's copy: `InternalMessage`)."""

from datetime import datetime
from typing import Self

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_objects import object_from_row
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.messages.rows import MessageColumns


@strawberry.type(description="One recipient of a message, and when he read it.")
class MessageRecipient:
    user_id: strawberry.ID
    read_at: datetime | None = strawberry.field(description="Null while unread.")

    @strawberry.field
    async def user(self, info: Info) -> User | None:
        return await user_by_id(info, self.user_id)


@strawberry.type(description="A file attached to a message.")
class MessageAttachment:
    name: str
    media_type: str
    size: int = strawberry.field(description="In bytes.")
    sha256: str
    url: str = strawberry.field(
        description="Where its sender and recipients download it (`GET /v1/attachments/...`)."
    )


@strawberry.type(description="An internal message between users of the company.")
class Message(Node):
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
    version: int = strawberry.field(description="The message's version: its number of events.")

    @strawberry.field
    async def sender(self, info: Info) -> User | None:
        return await user_by_id(info, self.sender_id)

    @strawberry.field(description="Who received it, and when each read it.")
    async def recipients(self, info: Info) -> list[MessageRecipient]:
        readers = await info.context.loaders.message_readers.load(self.id) or []
        return [
            MessageRecipient(
                user_id=strawberry.ID(user_id),
                read_at=datetime.fromisoformat(read_at) if read_at else None,
            )
            for user_id, read_at in readers
        ]

    @strawberry.field(description="The files attached, in the sender's order.")
    async def attachments(self, info: Info) -> list[MessageAttachment]:
        files = await info.context.loaders.message_attachments.load(self.id) or []
        return [
            MessageAttachment(
                name=str(file["name"]),
                media_type=str(file["media_type"]),
                size=int(file["size"]),
                sha256=str(file["sha256"]),
                url=f"/v1/attachments/{file['sha256']}?messageId={self.id}",
            )
            for file in files
        ]

    history: list[HistoryEvent] = history_field("Every event of the message, oldest first.")

    @classmethod
    def from_row(cls, row: MessageColumns) -> Self:
        return object_from_row(cls, row)
