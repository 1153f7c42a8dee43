"""The user directory's projection: `users`, `business_units` and `read_grants` as their latest
events left them."""

from __future__ import annotations

from typing import Any

from cronica.domain.business_unit import BusinessUnit
from cronica.domain.read_grants import ReadGrants
from cronica.domain.user import User
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text
from cronica.projections.store import Cursor
from cronica.projections.users.rows import GRANTS_TABLE, UNITS, UNITS_TABLE, USERS, USERS_TABLE


class UserDirectoryProjection(Projection):
    """Rows of `users`, `business_units` and `read_grants`, as their latest events left them."""

    name = "users"
    tables = ("users", "business_units", "read_grants")
    ddl = (
        USERS_TABLE,
        *USERS.indexes(),
        UNITS_TABLE,
        *UNITS.indexes(),
        GRANTS_TABLE,
    )

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        record_id = id_text(event.originator_id)
        if isinstance(event, User.Created):
            cursor.execute(
                "INSERT INTO users (id, company_id, name, role, unit_id, enabled)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    id_text(event.company_id),
                    event.name,
                    event.role,
                    id_text(event.unit_id),
                    True,
                ),
            )
        elif isinstance(event, User.Disabled | User.Enabled):
            enabled = isinstance(event, User.Enabled)
            cursor.execute("UPDATE users SET enabled = ? WHERE id = ?", (enabled, record_id))
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
                (record_id, id_text(event.company_id), event.name, parent_id),
            )
        elif isinstance(event, BusinessUnit.Renamed):
            cursor.execute(
                "UPDATE business_units SET name = ? WHERE id = ?", (event.name, record_id)
            )
        elif isinstance(event, ReadGrants.Granted):
            cursor.execute(
                "INSERT INTO read_grants (grants_id, company_id, unit_id) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (record_id, id_text(event.company_id), str(event.unit_id_granted)),
            )
        elif isinstance(event, ReadGrants.Withdrawn):
            cursor.execute(
                "DELETE FROM read_grants WHERE grants_id = ? AND unit_id = ?",
                (record_id, str(event.unit_id_granted)),
            )
        elif isinstance(event, BusinessUnit.Moved):
            cursor.execute(
                "UPDATE business_units SET parent_id = ? WHERE id = ?",
                (str(event.parent_id), record_id),
            )
