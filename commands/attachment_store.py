"""The store of attachments' bytes: a table of the database that holds the events.

A table rather than files under CRONICA_VAR_DIR: with PostgreSQL, servers and workers may run on
other machines than the one that received an upload, and one database is one thing to back up
and restore (events that name attachments and the attachments they name stay together). On
SQLite the table lives in the same file. Contents are addressed by company and SHA-256 digest:
uploading the same bytes twice keeps one copy, and no company reads another's. Stored before
the event that names them (an upload is its own request), bytes a message never came to name
are harmless.

Each user's uploads are listed beside (digest, size, the file's name), so that a user's quota
counts what he uploaded (the same bytes once, even when others uploaded them too) and a download
is named as the file was. An upload lists itself, sums its user's uploads and stores the bytes in
one transaction that holds its user's lock (SQLite's write lock, a PostgreSQL advisory lock per
user): two uploads at once, in any processes, are counted one after the other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol
from uuid import UUID

from cronica.commands.attachments import StoredContent
from cronica.commands.errors import QuotaExceededError

Row = dict[str, Any]


class SqlCursor(Protocol):
    """The part of a DB-API cursor the store uses, with `?` placeholders on both databases."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def fetchone(self) -> Row | None: ...


class SqlDatabase(Protocol):
    """The database the store keeps its table in: the composition root hands in the read
    store's, so that the write side needs no read model to store bytes."""

    @property
    def dialect(self) -> str: ...

    def transaction(self) -> AbstractContextManager[SqlCursor]: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...


class DatabaseAttachmentStore:
    """Attachments in the `attachment_contents` table of the events' database, each user's
    uploads of them in `attachment_uploads`."""

    def __init__(self, store: SqlDatabase, max_bytes: int, quota_bytes: int) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.quota_bytes = quota_bytes

    def setup(self) -> None:
        blob = "BYTEA" if self.store.dialect == "postgres" else "BLOB"
        with self.store.transaction() as cursor:
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS attachment_contents ("
                " company_id TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL,"
                f" content {blob} NOT NULL, stored_at TEXT NOT NULL,"
                " PRIMARY KEY (company_id, sha256))"
            )
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS attachment_uploads ("
                " company_id TEXT NOT NULL, user_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
                " size BIGINT NOT NULL, name TEXT, uploaded_at TEXT NOT NULL,"
                " PRIMARY KEY (company_id, user_id, sha256))"
            )
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS attachment_uploads_by_content"
                " ON attachment_uploads (company_id, sha256, uploaded_at)"
            )

    def put(self, company_id: UUID, user_id: UUID, content: bytes, name: str | None = None) -> str:
        if len(content) > self.max_bytes:
            raise ValueError(f"an attachment may have {self.max_bytes} bytes at most")
        sha256 = hashlib.sha256(content).hexdigest()
        now = datetime.now(UTC).isoformat()
        with self.store.transaction() as cursor:
            if self.store.dialect == "postgres":
                # Held until the transaction ends: this user's other uploads wait to be counted.
                cursor.execute(
                    "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                    (f"cronica:attachment-quota:{company_id}:{user_id}",),
                )
            cursor.execute(
                "INSERT INTO attachment_uploads"
                " (company_id, user_id, sha256, size, name, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (company_id, user_id, sha256) DO NOTHING",
                (str(company_id), str(user_id), sha256, len(content), name, now),
            )
            cursor.execute(
                "SELECT COALESCE(SUM(size), 0) AS used FROM attachment_uploads"
                " WHERE company_id = ? AND user_id = ?",
                (str(company_id), str(user_id)),
            )
            row = cursor.fetchone()
            used = int(row["used"]) if row else 0
            if used > self.quota_bytes:  # raised in the transaction: it is rolled back
                raise QuotaExceededError(
                    f"your attachments would take {used} bytes; your quota is {self.quota_bytes}"
                )
            cursor.execute(
                "INSERT INTO attachment_contents (company_id, sha256, size, content, stored_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (company_id, sha256) DO NOTHING",
                (str(company_id), sha256, len(content), content, now),
            )
        return sha256

    def size_of(self, company_id: UUID, sha256: str) -> int | None:
        rows = self.store.query(
            "SELECT size FROM attachment_contents WHERE company_id = ? AND sha256 = ?",
            (str(company_id), sha256),
        )
        return int(rows[0]["size"]) if rows else None

    def get(self, company_id: UUID, sha256: str) -> StoredContent | None:
        rows = self.store.query(
            "SELECT content, (SELECT name FROM attachment_uploads AS u"
            "  WHERE u.company_id = c.company_id AND u.sha256 = c.sha256 AND u.name IS NOT NULL"
            "  ORDER BY u.uploaded_at LIMIT 1) AS name"
            " FROM attachment_contents AS c WHERE company_id = ? AND sha256 = ?",
            (str(company_id), sha256),
        )
        if not rows:
            return None
        return StoredContent(bytes(rows[0]["content"]), rows[0]["name"] or sha256)
