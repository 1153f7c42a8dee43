"""The Email type: an e-mail a user sent from a record, with its delivery state."""

import json
from datetime import datetime

import strawberry

from cronica.domain.email import EmailStatus
from cronica.graphql.context import Info
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_objects import object_from_row
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.emails.rows import EmailRow

graphql_enum(
    EmailStatus,
    "Where an e-mail's delivery stands.",
    QUEUED="Waiting for its (next) attempt.",
    FAILED="The last attempt failed (`lastError`); its sender may retry it.",
)


@strawberry.type(description="An e-mail to addresses outside the company, sent from a record.")
class Email(Node):
    id: strawberry.ID
    sender_id: strawberry.ID
    to: list[str]
    cc: list[str]
    subject: str
    body: str
    related_type: str = strawberry.field(description="The kind of record it was sent from.")
    related_id: strawberry.ID = strawberry.field(description="The record it is archived on.")
    status: EmailStatus
    attempts: int = strawberry.field(description="How many attempts were made to send it.")
    last_error: str | None = strawberry.field(description="The mail server's, when it failed.")
    refused: list[str] = strawberry.field(
        description="Addresses the mail server refused while it took the others."
    )
    queued_at: datetime
    sent_at: datetime | None
    version: int = strawberry.field(description="The e-mail's version: its number of events.")

    @strawberry.field
    async def sender(self, info: Info) -> User | None:
        return await user_by_id(info, self.sender_id)

    history: list[HistoryEvent] = history_field("Every event of the e-mail, oldest first.")

    @classmethod
    def from_row(cls, row: EmailRow) -> "Email":
        recipients = json.loads(row.recipients)
        return object_from_row(
            cls, row, to=recipients["to"], cc=recipients["cc"], refused=json.loads(row.refused)
        )
