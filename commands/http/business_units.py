"""Business-unit commands over HTTP (administrators): add, rename, move within the tree."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import organisation
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import GUARDED_ACTION_PROBLEMS, problem_responses
from cronica.commands.models.organisation import (
    AddBusinessUnit,
    MoveBusinessUnit,
    RenameBusinessUnit,
)

router = APIRouter(prefix="/v1/business-units", tags=["organisation"])

UnitId = Annotated[UUID, Path(alias="unitId")]


@router.post(
    "",
    status_code=201,
    summary="Add a business unit under another",
    description="The company's root unit is founded with the company; every other hangs from one.",
    responses=problem_responses(400, 401, 403, 422),
)
def add_business_unit(body: AddBusinessUnit, call: Call, response: Response) -> Accepted:
    written = organisation.add_business_unit(call, body)
    return accepted(response, written)


@router.post(
    "/{unitId}/rename", summary="Rename a business unit", responses=GUARDED_ACTION_PROBLEMS
)
def rename_business_unit(
    unit_id: UnitId, body: RenameBusinessUnit, call: Call, response: Response
) -> Accepted:
    written = organisation.rename_business_unit(call, unit_id, body)
    return accepted(response, written)


@router.post(
    "/{unitId}/move",
    summary="Hang a business unit (and all under it) from another parent",
    description="Refused (422) for the root, and for a parent that is the unit or lies under it.",
    responses=GUARDED_ACTION_PROBLEMS,
)
def move_business_unit(
    unit_id: UnitId, body: MoveBusinessUnit, call: Call, response: Response
) -> Accepted:
    written = organisation.move_business_unit(call, unit_id, body)
    return accepted(response, written)
