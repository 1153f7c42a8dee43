"""The rows of the user directory: users (`users`), with their role (a Role's value) and business
unit, and the business units (`business_units`), each under its parent unit (none: a top unit)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from cronica.projections.columns import create_table


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


USER_COLUMNS = [f.name for f in fields(UserRow)]
UNIT_COLUMNS = [f.name for f in fields(UnitRow)]

USERS_TABLE = create_table("users", UserRow)
UNITS_TABLE = create_table("business_units", UnitRow)
