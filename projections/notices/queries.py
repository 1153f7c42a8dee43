"""Reading the notice list beyond its pages: a user's unresolved notices."""

from __future__ import annotations

from cronica.projections.filtering import AllOf, Condition
from cronica.projections.notices.rows import NOTICES, NoticeRow
from cronica.projections.paging import Page, Window
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


def open_notices_for(store: ReadStore, scope: Scope, limit: int) -> Page[NoticeRow]:
    """The unresolved notices addressed to the caller: the most important first, and of those the
    one waiting longest."""
    addressed = AllOf(
        [Condition("recipientId", "eq", scope.user_id), Condition("standsOut", "eq", True)]
    )
    order = [("importance", True), ("takenAt", False)]
    return NOTICES.page(store, scope, addressed, order, Window(first=limit))
