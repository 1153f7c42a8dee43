"""User commands over HTTP (administrators): add a user to a unit, move him, change his role."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response
from pydantic import Field

from cronica.commands import organisation
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import GUARDED_ACTION_PROBLEMS, problem_responses
from cronica.commands.models.organisation import AddUser, ChangeUserRole, MoveUserToUnit
from cronica.commands.results import Written

router = APIRouter(prefix="/v1/users", tags=["organisation"])

UserId = Annotated[UUID, Path(alias="userId")]


class UserAdded(Accepted):
    """The new user, and his API token: the only time it is shown in clear."""

    token: str = Field(description="The user's bearer token; store it, it cannot be shown again.")


@router.post(
    "",
    status_code=201,
    summary="Add a user to a business unit",
    description="Without `unitId` the user belongs to the company's root unit.",
    responses=problem_responses(400, 401, 403, 422),
)
def add_user(body: AddUser, call: Call, response: Response) -> UserAdded:
    new = organisation.add_user(call, body)
    answer = accepted(response, Written(new.user_id, 1, new.position))
    return UserAdded(**answer.model_dump(), token=new.token)


@router.post(
    "/{userId}/move-to-unit", summary="Move to another unit", responses=GUARDED_ACTION_PROBLEMS
)
def move_user_to_unit(
    user_id: UserId, body: MoveUserToUnit, call: Call, response: Response
) -> Accepted:
    written = organisation.move_user_to_unit(call, user_id, body)
    return accepted(response, written)


@router.post(
    "/{userId}/change-role", summary="Give another role", responses=GUARDED_ACTION_PROBLEMS
)
def change_user_role(
    user_id: UserId, body: ChangeUserRole, call: Call, response: Response
) -> Accepted:
    written = organisation.change_user_role(call, user_id, body)
    return accepted(response, written)
