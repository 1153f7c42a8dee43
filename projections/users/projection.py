"""The user directory's projection: `users` and `business_units` as their latest events left
them."""

from __future__ import annotations

from typing import Any

from cronica.domain.business_unit import BusinessUnit
from cronica.domain.user import User
from cronica.projections.projection import Projection
from cronica.projections.store import Cursor
from cronica.projections.users.rows import UNITS_TABLE, USERS_TABLE


class UserDirectoryProjection(Projection):
    """Rows of `users` and `business_units`, as their latest events left them."""

    name = "users"
    tables = ("users", "business_units")
    ddl = (
        USERS_TABLE,
        "CREATE INDEX IF NOT EXISTS users_company ON users (company_id, name)",
        "CREATE INDEX IF NOT EXISTS users_unit ON users (company_id, unit_id)",
        UNITS_TABLE,
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
