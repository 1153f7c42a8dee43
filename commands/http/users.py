"""User commands over HTTP (administrators): add a user to a unit, move him, change his role."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import Field

from cronica.commands import organisation, read_grants
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.http.routes import Action, declare_routes
from cronica.commands.models.organisation import AddUser, ChangeUserRole, MoveToUnit, ReadGrant
from cronica.commands.results import Written
from cronica.domain.roles import Capability
from cronica.domain.user import User

router = APIRouter(prefix="/v1/users", tags=["organisation"])


class UserAdded(Accepted):
    """The new user, and his API token: the only time it is shown in clear."""

    token: str = Field(description="The user's bearer token; store it, it cannot be shown again.")


@router.post(
    "",
    status_code=201,
    summary="Add a user to a business unit",
    description="Without `unitId` the user belongs to the company's root unit.",
    responses=problem_responses(400, 401, 403, 422),
    **RouteAccess(Capability.ADMINISTER).route_options(),
)
def add_user(body: AddUser, call: Call, response: Response) -> UserAdded:
    new = organisation.add_user(call, body)
    answer = accepted(response, Written(new.user_id, 1, new.position))
    return UserAdded(**answer.model_dump(), token=new.token)


declare_routes(
    router,
    User,
    "userId",
    [
        Action("move-to-unit", organisation.move_user_to_unit, MoveToUnit, "Move to another unit"),
        Action("change-role", organisation.change_user_role, ChangeUserRole, "Give another role"),
        Action(
            "read-grants",
            read_grants.grant_user_reading,
            ReadGrant,
            "Let the user read a unit's records",
            "Read only: the user may see the records of the unit of the body, and of the units "
            "under it, but not change them.",
        ),
        Action(
            "read-grants/withdraw",
            read_grants.withdraw_user_reading,
            ReadGrant,
            "Withdraw a read-only grant",
        ),
    ],
    capability=Capability.ADMINISTER,
)
