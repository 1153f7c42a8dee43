"""The NoticeFilter input: which notices a list shows."""

import strawberry

from cronica.graphql.types.filters import (
    BoolFilter,
    DateTimeFilter,
    EnumFilter,
    IdFilter,
    IntFilter,
    StringFilter,
    combined,
)
from cronica.graphql.types.notice import CallerKind, NoticeStatus
from cronica.projections.filtering import Filter


@strawberry.input(description="Which notices to list: every field given must match.")
class NoticeFilter:
    and_: list["NoticeFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["NoticeFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["NoticeFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    status: EnumFilter[NoticeStatus] | None = None
    stands_out: BoolFilter | None = strawberry.field(
        default=None, description="Unresolved (true) or resolved (false) notices."
    )
    recipient_id: IdFilter | None = None
    customer_id: IdFilter | None = None
    caller_kind: EnumFilter[CallerKind] | None = None
    code: StringFilter | None = None
    importance: IntFilter | None = None
    resolver_id: IdFilter | None = None
    resolution_code: StringFilter | None = None
    taken_at: DateTimeFilter | None = None
    resolved_at: DateTimeFilter | None = None
    number: StringFilter | None = None
    text: StringFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "status": self.status,
                "standsOut": self.stands_out,
                "recipientId": self.recipient_id,
                "customerId": self.customer_id,
                "callerKind": self.caller_kind,
                "code": self.code,
                "importance": self.importance,
                "resolverId": self.resolver_id,
                "resolutionCode": self.resolution_code,
                "takenAt": self.taken_at,
                "resolvedAt": self.resolved_at,
                "number": self.number,
                "text": self.text,
            },
            self.and_,
            self.or_,
            self.not_,
        )
