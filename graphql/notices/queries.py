"""Query fields over the notice list."""

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.graphql.notices.filters import NoticeFilter, NoticeOrder
from cronica.graphql.notices.types import Notice
from cronica.projections.notices.rows import NOTICES


@strawberry.type
class NoticeQueries:
    notices: Connection[Notice] = listing_connection(
        NOTICES,
        NoticeFilter,
        NoticeOrder,
        Notice,
        description="The company's notices, newest taken first unless ordered otherwise, a page "
        "at a time (20 by default); unresolved ones stand out (`standsOut`).",
    )
    notice: Notice | None = record_by_id("notices", Notice, NOTICES, what="notice")
