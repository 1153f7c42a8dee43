"""Reading the notice list beyond its pages: a user's unresolved notices."""

from __future__ import annotations

from cronica.projections.filtering import AllOf, Condition
from cronica.projections.notices.rows import NOTICES, NoticeRow
from cronica.projections.paging import Page
from cronica.projections.store import ReadStore


def open_notices_for(
    store: ReadStore, company_id: str, user_id: str, limit: int
) -> Page[NoticeRow]:
    """The unresolved notices addressed to the user: the most important first, and of those the
    one waiting longest."""
    addressed = AllOf([Condition("recipientId", "eq", user_id), Condition("standsOut", "eq", True)])
    order = [("importance", True), ("takenAt", False)]
    return NOTICES.page(store, company_id, addressed, order, 0, limit)
