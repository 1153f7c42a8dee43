"""Business-unit commands over HTTP (administrators): add, rename, move within the tree."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import organisation, read_grants
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.organisation import (
    AddBusinessUnit,
    MoveBusinessUnit,
    ReadGrant,
    RenameBusinessUnit,
)
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.roles import Capability

router = APIRouter(prefix="/v1/business-units", tags=["organisation"])


declare_routes(
    router,
    BusinessUnit,
    "unitId",
    [
        Create(
            organisation.add_business_unit,
            AddBusinessUnit,
            "Add a business unit under another",
            "The company's root unit is founded with the company; every other hangs from one.",
            problems=(400, 401, 403, 422),
        ),
        Action(
            "rename",
            organisation.rename_business_unit,
            RenameBusinessUnit,
            "Rename a business unit",
        ),
        Action(
            "move",
            organisation.move_business_unit,
            MoveBusinessUnit,
            "Hang a business unit (and all under it) from another parent",
            "Refused (422) for the root, and for a parent that is the unit or lies under it.",
        ),
        Action(
            "read-grants",
            read_grants.grant_unit_reading,
            ReadGrant,
            "Let the unit read a unit's records",
            "Read only: every user of the unit and of the units under it may see the records "
            "of the unit of the body, and of the units under it, but not change them.",
        ),
        Action(
            "read-grants/withdraw",
            read_grants.withdraw_unit_reading,
            ReadGrant,
            "Withdraw a read-only grant",
        ),
    ],
    capability=Capability.ADMINISTER,
)
