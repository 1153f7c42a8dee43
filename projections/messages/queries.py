"""Reads of the inboxes: a page of one user's messages."""

from __future__ import annotations

from cronica.projections.filtering import Filter
from cronica.projections.listing import OrderBy
from cronica.projections.messages.rows import INBOX, InboxEntryRow
from cronica.projections.paging import Page, Window
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


def inbox_of(
    store: ReadStore,
    scope: Scope,
    filter_: Filter | None,
    order_by: OrderBy,
    window: Window,
    *,
    unread_only: bool = False,
    archived: bool = False,
) -> Page[InboxEntryRow]:
    """A page of the messages the caller received, unread first then newest when `order_by` is
    empty: those still in his inbox, or (`archived`) those he archived."""
    where = "user_id = ? AND archived_at IS " + ("NOT NULL" if archived else "NULL")
    if unread_only:
        where += " AND read_at IS NULL"
    return INBOX.page(store, scope, filter_, order_by, window, where=where, params=(scope.user_id,))
