"""Query fields over the calling user's notice board."""

import strawberry

from cronica.domain.record_rules import RecordRule
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.context import Info
from cronica.graphql.notices.board import NoticeBoard
from cronica.graphql.read_rules import read_rule


@strawberry.type
class NoticeBoardQueries:
    @strawberry.field(
        extensions=read_rule(RecordRule.PRIVATE),
        description="The calling user's board: alerts (`unreadOnly`: the unread ones), open "
        "notices, unread messages, and the counts of all three.",
    )
    async def notice_board(
        self, info: Info, unread_only: bool = False, at_least_position: AtLeastPosition = None
    ) -> NoticeBoard:
        await info.context.read_after(at_least_position)
        return NoticeBoard(unread_only=unread_only)
