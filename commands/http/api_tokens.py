"""The caller's API tokens over HTTP: issue one (optionally expiring), list them (nothing secret
is listed), revoke one (an administrator any of the company)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from cronica.commands import api_tokens
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.http.routes import Action, declare_routes
from cronica.commands.models.credentials import IssueApiToken
from cronica.domain.user import ApiToken

router = APIRouter(prefix="/v1/api-tokens", tags=["credentials"])


class ApiTokenIssued(Accepted):
    """The new token's record, and the token: the only time it is shown in clear."""

    token: str = Field(description="A bearer token; store it, it cannot be shown again.")


class ApiTokenListed(BaseModel):
    """A token of the caller: nothing of its secret, not even a part of it."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)

    id: UUID
    created_at: datetime
    expires_at: datetime | None
    revoked: bool


@router.post(
    "",
    status_code=201,
    summary="Issue an API token for myself",
    description="A repeated Idempotency-Key answers 409: the token was shown once and is never "
    "kept; issue another one.",
    responses=problem_responses(400, 401, 403, 409, 422),
    **RouteAccess(scope="the caller's own tokens").route_options(),
)
def issue_api_token(body: IssueApiToken, call: Call, response: Response) -> ApiTokenIssued:
    written = api_tokens.issue_api_token(call, body)
    assert written.secret is not None, "a repeat is refused: the token is shown once"
    return ApiTokenIssued(**accepted(response, written).model_dump(), token=written.secret)


@router.get(
    "",
    summary="List my API tokens",
    responses=problem_responses(401),
    response_model_by_alias=True,
    **RouteAccess(capability=None, scope="the caller's own tokens").route_options(),
)
def list_api_tokens(call: Call) -> list[ApiTokenListed]:
    return [ApiTokenListed(**vars(info)) for info in api_tokens.own_api_tokens(call)]


declare_routes(
    router,
    ApiToken,
    "tokenId",
    [
        Action(
            "revoke",
            api_tokens.revoke_api_token,
            None,
            "Revoke an API token",
            "One of my tokens; an administrator revokes any token of the company. A token the "
            "caller may not revoke is not found (404).",
            access=RouteAccess(
                capability=None,
                scope="the caller's own tokens; an administrator's: any of the company",
            ),
        )
    ],
)
