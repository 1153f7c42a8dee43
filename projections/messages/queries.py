"""Reads of the inboxes and sent boxes: a page of one user's messages received or sent, and
who received each message."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.filtering import Filter
from cronica.projections.listing import OrderBy
from cronica.projections.messages.rows import INBOX, MESSAGES, InboxEntryRow, MessageRow
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


def sent_box_of(
    store: ReadStore,
    scope: Scope,
    filter_: Filter | None,
    order_by: OrderBy,
    window: Window,
) -> Page[MessageRow]:
    """The window's page of the messages the caller sent, the newest first when `order_by` is
    empty."""
    own = Scope.own(scope.company_id, scope.user_id)
    return MESSAGES.page(
        store, own, filter_, order_by, window, where="sender_id = ?", params=(scope.user_id,)
    )


def readers_of(
    store: ReadStore, company_id: str, message_ids: Sequence[str]
) -> dict[str, list[tuple[str, str | None]]]:
    """Each message's recipients (by id) with when they read it (None: unread); an unknown
    message has none."""
    wanted = list(dict.fromkeys(message_ids))
    found: dict[str, list[tuple[str, str | None]]] = {id_: [] for id_ in wanted}
    if not wanted:
        return found
    rows = store.query(
        "SELECT message_id, user_id, read_at FROM message_recipients WHERE company_id = ?"
        f" AND message_id IN ({', '.join('?' * len(wanted))}) ORDER BY message_id, user_id",
        (company_id, *wanted),
    )
    for row in rows:
        found[row["message_id"]].append((row["user_id"], row["read_at"]))
    return found


def attachments_of(
    store: ReadStore, company_id: str, message_ids: Sequence[str]
) -> dict[str, list[dict[str, str | int]]]:
    """Each message's attached files (name, media type, size, digest), in the sender's order."""
    wanted = list(dict.fromkeys(message_ids))
    found: dict[str, list[dict[str, str | int]]] = {id_: [] for id_ in wanted}
    if not wanted:
        return found
    rows = store.query(
        "SELECT message_id, name, media_type, size, sha256 FROM message_attachments"
        f" WHERE company_id = ? AND message_id IN ({', '.join('?' * len(wanted))})"
        " ORDER BY message_id, place",
        (company_id, *wanted),
    )
    for row in rows:
        found[row.pop("message_id")].append(row)
    return found
