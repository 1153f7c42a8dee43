"""Reads of the user directory: users and units by id, and the members of a team (a unit and
every unit under it), to show who did what, who is assigned, and who is in a team."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.rows import fetch_by_ids
from cronica.projections.scope import company_rows
from cronica.projections.store import ReadStore
from cronica.projections.users.rows import UNIT_COLUMNS, USER_COLUMNS, UnitRow, UserRow


def users_by_ids(store: ReadStore, company_id: str, ids: Sequence[str]) -> dict[str, UserRow]:
    """The company's users with these ids, keyed by id; unknown ids are absent."""
    return fetch_by_ids(store, "users", USER_COLUMNS, company_rows(company_id), ids, UserRow)


def units_by_ids(store: ReadStore, company_id: str, ids: Sequence[str]) -> dict[str, UnitRow]:
    """The company's business units with these ids, keyed by id; unknown ids are absent."""
    return fetch_by_ids(
        store, "business_units", UNIT_COLUMNS, company_rows(company_id), ids, UnitRow
    )


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
        f"SELECT {', '.join(USER_COLUMNS)} FROM users"
        f" WHERE company_id = ? AND unit_id IN ({placeholders}) ORDER BY name, id",
        (company_id, *sorted(wanted)),
    )
    return [UserRow(**row) for row in rows]
