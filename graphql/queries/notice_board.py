"""Query fields over the calling user's notice board."""

import asyncio

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.queries.arguments import AtLeastPosition
from cronica.graphql.types.notice_board import Alert, NoticeBoard
from cronica.projections.notice_board import alerts_for, unread_count


@strawberry.type
class NoticeBoardQueries:
    @strawberry.field(description="The calling user's alerts (the latest 100) and unread count.")
    async def notice_board(
        self, info: Info, unread_only: bool = False, at_least_position: AtLeastPosition = None
    ) -> NoticeBoard:
        context = info.context
        await context.read_after(at_least_position)
        company_id, user_id = context.viewer.company_id, context.viewer.user_id
        alerts, unread = await asyncio.gather(
            context.api.run(alerts_for, company_id, user_id, unread_only=unread_only),
            context.api.run(unread_count, company_id, user_id),
        )
        return NoticeBoard(alerts=[Alert.from_row(row) for row in alerts], unread_count=unread)
