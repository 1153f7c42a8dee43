"""The InternalMessage type: a message between users of the company, as one recipient (the viewer)
sees it in his inbox: the message, with his own read receipt and whether he archived it."""

from datetime import datetime

import strawberry

from cronica.graphql.messages.message import Message


@strawberry.type(description="An internal message in the viewer's inbox.")
class InternalMessage(Message):
    read_at: datetime | None = strawberry.field(description="When the viewer read it.")
    unread: bool
    archived_at: datetime | None = strawberry.field(description="When the viewer archived it.")
