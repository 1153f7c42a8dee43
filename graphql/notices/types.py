"""The Notice type: a message (aviso) taken for a user, who called, how it was resolved."""

from datetime import datetime

import strawberry

from cronica.domain.notice_values import CallerKind, NoticeStatus
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.notices.rows import NoticeRow

graphql_enum(NoticeStatus)
graphql_enum(CallerKind)


@strawberry.type(description="Who left the message.")
class NoticeCaller:
    kind: CallerKind
    customer_id: strawberry.ID | None = strawberry.field(
        description="The calling customer's record, when a customer called."
    )
    name: str | None
    phone: str | None

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)


@strawberry.type(description="How the notice was resolved: when, by whom, and how.")
class NoticeResolution:
    resolved_at: datetime
    resolver_id: strawberry.ID
    department: str
    work_centre: str
    code: str = strawberry.field(description="A code of the resolution-codes catalogue.")
    solution: str

    @strawberry.field
    async def resolver(self, info: Info) -> User | None:
        return await user_by_id(info, self.resolver_id)


@strawberry.type(description="A message taken for a user: a call from a customer or a supplier.")
class Notice(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: AV-000042.")
    recipient_id: strawberry.ID
    taken_by_id: strawberry.ID = strawberry.field(description="Who took the call (an actor id).")
    caller: NoticeCaller
    code: str = strawberry.field(description="Its nature: a code of the notice-codes catalogue.")
    text: str
    importance: int = strawberry.field(description="From 1 (lowest) to 5 (highest).")
    status: NoticeStatus
    stands_out: bool = strawberry.field(
        description="Unresolved notices stand out: true while the notice is open."
    )
    forward_count: int = strawberry.field(description="How many times it was forwarded.")
    action_count: int = strawberry.field(description="How many actions were noted on it.")
    resolution: NoticeResolution | None = strawberry.field(
        description="Null while open (a reopened notice loses its resolution)."
    )
    taken_at: datetime
    updated_at: datetime
    version: int = strawberry.field(description="The notice's version: its number of events.")

    @strawberry.field(description="The user the message is for now.")
    async def recipient(self, info: Info) -> User | None:
        return await user_by_id(info, self.recipient_id)

    @strawberry.field(description="The user who took the call; null for a system actor.")
    async def taken_by(self, info: Info) -> User | None:
        return await user_by_id(info, self.taken_by_id)

    history: list[HistoryEvent] = history_field("Every event of the notice, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: NoticeRow) -> "Notice":
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            recipient_id=strawberry.ID(row.recipient_id),
            taken_by_id=strawberry.ID(row.taken_by),
            caller=NoticeCaller(
                kind=CallerKind(row.caller_kind),
                customer_id=strawberry.ID(row.customer_id) if row.customer_id else None,
                name=row.caller_name,
                phone=row.caller_phone,
            ),
            code=row.code,
            text=row.text,
            importance=row.importance,
            status=NoticeStatus(row.status),
            stands_out=row.stands_out,
            forward_count=row.forward_count,
            action_count=row.action_count,
            resolution=_resolution(row),
            taken_at=datetime.fromisoformat(row.taken_at),
            updated_at=datetime.fromisoformat(row.updated_at),
            version=row.version,
        )


def _resolution(row: NoticeRow) -> NoticeResolution | None:
    if row.resolved_at is None or row.resolver_id is None:
        return None
    return NoticeResolution(
        resolved_at=datetime.fromisoformat(row.resolved_at),
        resolver_id=strawberry.ID(row.resolver_id),
        department=row.department or "",
        work_centre=row.work_centre or "",
        code=row.resolution_code or "",
        solution=row.solution or "",
    )
