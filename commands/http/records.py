"""Commands on a record of any kind, named by its id alone: hand it to another business unit."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import record_units
from cronica.commands.http.routes import Action, declare_routes
from cronica.commands.models.organisation import MoveToUnit
from cronica.domain.base import CronicaAggregate

router = APIRouter(prefix="/v1/records", tags=["organisation"])


declare_routes(
    router,
    CronicaAggregate,
    "recordId",
    [
        Action(
            "move",
            record_units.move_record_to_unit,
            MoveToUnit,
            "Hand a record of the business to another unit",
            "Customers, incidents, opportunities, repair orders, tasks, notices, cases, projects "
            "and contacts belong to a unit; the caller must be able to change the record and to "
            "change records in the unit (their own or one under it; admins: any). Other kinds "
            "(a person's work, private records, the company's own) are refused with 422; users "
            "move with `/v1/users/{userId}/move-to-unit`.",
        ),
    ],
)
