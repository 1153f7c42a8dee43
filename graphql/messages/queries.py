"""Query fields over the viewer's internal messages: his inbox, his sent box, one message."""

from typing import Annotated

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.listing_fields import record_by_id
from cronica.graphql.messages.filters import InboxFilter, InboxOrder, MessageFilter, MessageOrder
from cronica.graphql.messages.message import Message
from cronica.graphql.messages.types import InternalMessage
from cronica.graphql.paging import PageRequest, paged
from cronica.graphql.read_rules import rows_rule
from cronica.projections.messages.queries import inbox_of, sent_box_of
from cronica.projections.messages.rows import MESSAGES, InboxEntryRow, MessageRow
from cronica.projections.paging import Page


@strawberry.type
class InboxQueries:
    @strawberry.field(
        extensions=rows_rule(InboxEntryRow),
        description="The messages the viewer received, unread first then the newest unless "
        "ordered otherwise, a page at a time (20 by default).",
    )
    async def inbox(
        self,
        info: Info,
        filter_: Annotated[InboxFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[InboxOrder] | None = None,
        unread_only: bool = False,
        archived: Annotated[
            bool,
            strawberry.argument(description="List the messages he archived instead."),
        ] = False,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[InternalMessage]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]  # none: unread first, then newest
        viewer = context.viewer

        async def query(offset: int, limit: int) -> Page[InboxEntryRow]:
            return await context.api.run(
                inbox_of,
                viewer.scope,
                where,
                order,
                offset,
                limit,
                unread_only=unread_only,
                archived=archived,
            )

        return await paged(request, query, InternalMessage.from_row)

    @strawberry.field(
        extensions=rows_rule(MessageRow),
        description="The messages the viewer sent, the newest first unless ordered otherwise, "
        "with each recipient's read receipt, a page at a time (20 by default).",
    )
    async def sent_messages(
        self,
        info: Info,
        filter_: Annotated[MessageFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[MessageOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Message]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        scope = context.viewer.scope

        async def query(offset: int, limit: int) -> Page[MessageRow]:
            return await context.api.run(sent_box_of, scope, where, order, offset, limit)

        return await paged(request, query, Message.from_row)

    message: Message | None = record_by_id(
        "messages", Message, MESSAGES, what="message you sent or received"
    )
