"""Who a user is to the access rules, read from the user directory: their company's unit tree
and the units granted to them read-only (to them, or to a unit above them)."""

from __future__ import annotations

from uuid import UUID

from cronica.domain.access import Member, UnitTree
from cronica.domain.read_grants import read_grants_id_for
from cronica.projections.store import ReadStore


def member_and_tree(
    store: ReadStore, company_id: str, user_id: UUID, role: str, unit_id: UUID
) -> tuple[Member, UnitTree]:
    """The user (whose role and unit the caller knows) as a `Member`, and their company's unit
    tree; both read from one snapshot."""
    with store.snapshot() as cursor:
        cursor.execute(
            "SELECT id, parent_id FROM business_units WHERE company_id = ?", (company_id,)
        )
        tree = UnitTree(
            {
                UUID(row["id"]): UUID(row["parent_id"]) if row["parent_id"] else None
                for row in cursor.fetchall()
            }
        )
        grantees = [str(read_grants_id_for(g)) for g in (user_id, *tree.chain(unit_id))]
        cursor.execute(
            "SELECT unit_id FROM read_grants WHERE company_id = ?"
            f" AND grants_id IN ({', '.join('?' * len(grantees))})",
            (company_id, *grantees),
        )
        granted = frozenset(UUID(row["unit_id"]) for row in cursor.fetchall())
    return Member(user_id, role, unit_id, granted), tree
