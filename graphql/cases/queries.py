"""Query fields over the case list."""

import strawberry

from cronica.graphql.cases.filters import CaseFilter, CaseOrder
from cronica.graphql.cases.types import Case
from cronica.graphql.connection import Connection
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.projections.cases.rows import CASES


@strawberry.type
class CaseQueries:
    cases: Connection[Case] = listing_connection(
        CASES,
        CaseFilter,
        CaseOrder,
        Case,
        description="The company's cases, the newest first unless ordered otherwise, a page "
        "at a time (20 by default).",
    )
    case: Case | None = record_by_id("cases", Case, CASES, what="case")
