"""The store of attachments' bytes: a table of the database that holds the events.

A table rather than files under CRONICA_VAR_DIR: with PostgreSQL, servers and workers may run on
other machines than the one that received an upload, and one database is one thing to back up
and restore (events that name attachments and the attachments they name stay together). On
SQLite the table lives in the same file. Contents are addressed by company and SHA-256 digest:
uploading the same bytes twice keeps one copy, and no company reads another's. Stored before
the event that names them (an upload is its own request), bytes a message never came to name
are harmless.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol
from uuid import UUID

Row = dict[str, Any]


class SqlCursor(Protocol):
    """The part of a DB-API cursor the store uses, with `?` placeholders on both databases."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...


class SqlDatabase(Protocol):
    """The database the store keeps its table in: the composition root hands in the read
    store's, so that the write side needs no read model to store bytes."""

    @property
    def dialect(self) -> str: ...

    def transaction(self) -> AbstractContextManager[SqlCursor]: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...


class DatabaseAttachmentStore:
    """Attachments in the `attachment_contents` table of the events' database."""

    def __init__(self, store: SqlDatabase, max_bytes: int) -> None:
        self.store = store
        self.max_bytes = max_bytes

    def setup(self) -> None:
        blob = "BYTEA" if self.store.dialect == "postgres" else "BLOB"
        with self.store.transaction() as cursor:
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS attachment_contents ("
                " company_id TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL,"
                f" content {blob} NOT NULL, stored_at TEXT NOT NULL,"
                " PRIMARY KEY (company_id, sha256))"
            )

    def put(self, company_id: UUID, content: bytes) -> str:
        if len(content) > self.max_bytes:
            raise ValueError(f"an attachment may have {self.max_bytes} bytes at most")
        sha256 = hashlib.sha256(content).hexdigest()
        with self.store.transaction() as cursor:
            cursor.execute(
                "INSERT INTO attachment_contents (company_id, sha256, size, content, stored_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (company_id, sha256) DO NOTHING",
                (str(company_id), sha256, len(content), content, datetime.now(UTC).isoformat()),
            )
        return sha256

    def size_of(self, company_id: UUID, sha256: str) -> int | None:
        rows = self.store.query(
            "SELECT size FROM attachment_contents WHERE company_id = ? AND sha256 = ?",
            (str(company_id), sha256),
        )
        return int(rows[0]["size"]) if rows else None

    def get(self, company_id: UUID, sha256: str) -> bytes | None:
        rows = self.store.query(
            "SELECT content FROM attachment_contents WHERE company_id = ? AND sha256 = ?",
            (str(company_id), sha256),
        )
        return bytes(rows[0]["content"]) if rows else None
