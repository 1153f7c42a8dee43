"""User commands over HTTP: administrators add a user to a unit, move him, change his role,
disable and enable him; a user sets his own password (an administrator anyone's)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import Field

from cronica.commands import organisation, people, read_grants
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.http.routes import Action, declare_routes
from cronica.commands.models.credentials import SetPassword
from cronica.commands.models.organisation import AddUser, ChangeUserRole, MoveToUnit, ReadGrant
from cronica.domain.roles import Capability
from cronica.domain.user import User

router = APIRouter(prefix="/v1/users", tags=["organisation"])


class UserAdded(Accepted):
    """The new user, and his API token: the only time it is shown in clear."""

    token: str | None = Field(
        description="The user's bearer token; store it, it cannot be shown again. Null when "
        "an Idempotency-Key is repeated: the first answer had it, and it is never kept."
    )


@router.post(
    "",
    status_code=201,
    summary="Add a user to a business unit",
    description="Without `unitId` the user belongs to the company's root unit; with `email` he "
    "may sign in once a password is set (`POST /v1/users/{userId}/password`).",
    responses=problem_responses(400, 401, 403, 422),
    **RouteAccess(Capability.ADMINISTER).route_options(),
)
def add_user(body: AddUser, call: Call, response: Response) -> UserAdded:
    written = organisation.add_user(call, body)
    return UserAdded(**accepted(response, written).model_dump(), token=written.secret)


declare_routes(
    router,
    User,
    "userId",
    [
        Action("move-to-unit", organisation.move_user_to_unit, MoveToUnit, "Move to another unit"),
        Action(
            "change-role",
            organisation.change_user_role,
            ChangeUserRole,
            "Give another role",
            "Refused (409) for the company's last enabled administrator.",
        ),
        Action(
            "disable",
            people.disable_user,
            None,
            "Disable a user",
            "Every token and session of the user stops working at once; refused (409) for the "
            "company's last enabled administrator.",
        ),
        Action("enable", people.enable_user, None, "Enable a disabled user"),
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
        Action(
            "password",
            people.set_password,
            SetPassword,
            "Set a user's password",
            "A user sets his own, giving `currentPassword` if he had one; an administrator sets "
            "any user's of the company. The user needs an e-mail address.",
            access=RouteAccess(
                capability=None, scope="the caller's own password; an administrator's: any user's"
            ),
        ),
    ],
    capability=Capability.ADMINISTER,
)
