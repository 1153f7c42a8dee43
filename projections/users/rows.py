"""The rows of the user directory: users (`users`), with their role (a Role's value), business
unit and whether they may sign in and act (`enabled`); the business units (`business_units`),
each under its parent unit (none: a top unit); and the read-only grants (`read_grants`)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Annotated, ClassVar

from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import COMPANY_WIDE


@dataclass(frozen=True)
class UserRow:
    scoped_by: ClassVar = COMPANY_WIDE

    id: str
    company_id: str
    name: Annotated[str, column(filter="text", order=True)]
    role: Annotated[str, column(filter="text", order=True)]
    unit_id: Annotated[str, column(filter="id")]
    enabled: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]


@dataclass(frozen=True)
class UnitRow:
    scoped_by: ClassVar = COMPANY_WIDE

    id: str
    company_id: str
    name: Annotated[str, column(filter="text", order=True)]
    parent_id: Annotated[str | None, column(filter="id")]


USER_COLUMNS = [f.name for f in fields(UserRow)]
UNIT_COLUMNS = [f.name for f in fields(UnitRow)]

USERS: Listing[UserRow] = Listing.of("users", UserRow, default_order=[("name", False)])
UNITS: Listing[UnitRow] = Listing.of("business_units", UnitRow, default_order=[("name", False)])

USERS_TABLE = create_table("users", UserRow)
UNITS_TABLE = create_table("business_units", UnitRow)
GRANTS_TABLE = (
    "CREATE TABLE IF NOT EXISTS read_grants (grants_id TEXT NOT NULL, company_id TEXT NOT NULL,"
    " unit_id TEXT NOT NULL, PRIMARY KEY (grants_id, unit_id))"
)
"""The units each grantee's grants (`ReadGrants`, by its id) let them read but not change."""
