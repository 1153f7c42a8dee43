"""The InboxFilter and InboxOrder inputs: which of the viewer's messages to list, in which order
(unread first, then the newest, unless told otherwise; ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection
from cronica.graphql.types.filters import (
    BoolFilter,
    DateTimeFilter,
    IdFilter,
    StringFilter,
    combined,
)
from cronica.projections.filtering import Filter


@strawberry.input(description="Which messages to list: every field given must match.")
class InboxFilter:
    and_: list["InboxFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["InboxFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["InboxFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    unread: BoolFilter | None = None
    reminder: BoolFilter | None = None
    sender_id: IdFilter | None = None
    related_id: IdFilter | None = None
    subject: StringFilter | None = None
    sent_at: DateTimeFilter | None = None
    read_at: DateTimeFilter | None = None
    remind_at: DateTimeFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "unread": self.unread,
                "reminder": self.reminder,
                "senderId": self.sender_id,
                "relatedId": self.related_id,
                "subject": self.subject,
                "sentAt": self.sent_at,
                "readAt": self.read_at,
                "remindAt": self.remind_at,
            },
            self.and_,
            self.or_,
            self.not_,
        )


@strawberry.enum
class InboxOrderField(Enum):
    UNREAD = strawberry.enum_value(
        "unread", description="Read (false) before unread when ascending."
    )
    SENT_AT = "sentAt"
    REMIND_AT = "remindAt"
    SUBJECT = "subject"


@strawberry.input(description="One sort key; several are applied in the order given.")
class InboxOrder:
    field: InboxOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as the inbox listing takes it."""
        return self.field.value, self.direction is OrderDirection.DESC
