"""The user directory: each user's name, role and business unit, and the tree of units, to show
who did what, who is assigned, and who is in a team (a unit and every unit under it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from cronica.domain.business_unit import BusinessUnit
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
    unit_id: str


@dataclass(frozen=True)
class UnitRow:
    id: str
    company_id: str
    name: str
    parent_id: str | None


_COLUMNS = [f.name for f in fields(UserRow)]
_UNIT_COLUMNS = [f.name for f in fields(UnitRow)]


class UserDirectoryProjection(Projection):
    """Rows of `users` and `business_units`, as their latest events left them."""

    name = "users"
    tables = ("users", "business_units")
    ddl = (
        "CREATE TABLE IF NOT EXISTS users ("
        " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, name TEXT NOT NULL,"
        " role TEXT NOT NULL, unit_id TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS users_company ON users (company_id, name)",
        "CREATE INDEX IF NOT EXISTS users_unit ON users (company_id, unit_id)",
        "CREATE TABLE IF NOT EXISTS business_units ("
        " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, name TEXT NOT NULL, parent_id TEXT)",
    )

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        record_id = str(event.originator_id)
        if isinstance(event, User.Created):
            cursor.execute(
                "INSERT INTO users (id, company_id, name, role, unit_id) VALUES (?, ?, ?, ?, ?)",
                (record_id, str(event.company_id), event.name, event.role, str(event.unit_id)),
            )
        elif isinstance(event, User.MovedToUnit):
            cursor.execute(
                "UPDATE users SET unit_id = ? WHERE id = ?", (str(event.to_unit_id), record_id)
            )
        elif isinstance(event, User.RoleChanged):
            cursor.execute("UPDATE users SET role = ? WHERE id = ?", (event.role, record_id))
        elif isinstance(event, BusinessUnit.Created):
            parent_id = str(event.parent_id) if event.parent_id else None
            cursor.execute(
                "INSERT INTO business_units (id, company_id, name, parent_id) VALUES (?, ?, ?, ?)",
                (record_id, str(event.company_id), event.name, parent_id),
            )
        elif isinstance(event, BusinessUnit.Renamed):
            cursor.execute(
                "UPDATE business_units SET name = ? WHERE id = ?", (event.name, record_id)
            )
        elif isinstance(event, BusinessUnit.Moved):
            cursor.execute(
                "UPDATE business_units SET parent_id = ? WHERE id = ?",
                (str(event.parent_id), record_id),
            )


def users_by_ids(store: ReadStore, company_id: str, ids: Sequence[str]) -> dict[str, UserRow]:
    """The company's users with these ids, keyed by id; unknown ids are absent."""
    return fetch_by_ids(store, "users", _COLUMNS, company_id, ids, UserRow)


def units_by_ids(store: ReadStore, company_id: str, ids: Sequence[str]) -> dict[str, UnitRow]:
    """The company's business units with these ids, keyed by id; unknown ids are absent."""
    return fetch_by_ids(store, "business_units", _UNIT_COLUMNS, company_id, ids, UnitRow)


def team_of(store: ReadStore, company_id: str, unit_id: str) -> list[UserRow]:
    """The users of the unit and of every unit under it, by name; empty for an unknown unit."""
    units = store.query(
        "SELECT id, parent_id FROM business_units WHERE company_id = ?", (company_id,)
    )
    children: dict[str | None, list[str]] = {}
    for unit in units:
        children.setdefault(unit["parent_id"], []).append(unit["id"])
    known = {unit["id"] for unit in units}
    wanted, pending = set(), [unit_id] if unit_id in known else []
    while pending:
        current = pending.pop()
        wanted.add(current)
        pending.extend(children.get(current, []))
    if not wanted:
        return []
    placeholders = ", ".join("?" * len(wanted))
    rows = store.query(
        f"SELECT {', '.join(_COLUMNS)} FROM users"
        f" WHERE company_id = ? AND unit_id IN ({placeholders}) ORDER BY name, id",
        (company_id, *sorted(wanted)),
    )
    return [UserRow(**row) for row in rows]
