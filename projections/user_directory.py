"""The user directory: each user's name and role, to show who did what and who is assigned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from cronica.domain.user import User
from cronica.projections.projection import Projection
from cronica.projections.rows import fetch_by_ids
from cronica.projections.store import Cursor, ReadStore


@dataclass(frozen=True)
class UserRow:
    id: str
    company_id: str
    name: str
    role: str


_COLUMNS = [f.name for f in fields(UserRow)]


class UserDirectoryProjection(Projection):
    """Rows of `users`, one per User.Created."""

    name = "users"
    tables = ("users",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS users ("
        " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS users_company ON users (company_id, name)",
    )

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, User.Created):
            cursor.execute(
                "INSERT INTO users (id, company_id, name, role) VALUES (?, ?, ?, ?)",
                (str(event.originator_id), str(event.company_id), event.name, event.role),
            )


def users_by_ids(store: ReadStore, company_id: str, ids: Sequence[str]) -> dict[str, UserRow]:
    """The company's users with these ids, keyed by id; unknown ids are absent."""
    return fetch_by_ids(store, "users", _COLUMNS, company_id, ids, UserRow)
