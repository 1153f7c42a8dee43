"""Signing in and out of the web app, and accepting an invitation to set a password.

`POST /v1/sign-in` answers who signed in and sets two cookies: `cronica_session`, the session's
secret (HttpOnly, so no script reads it; SameSite=Strict; Secure over https), and `cronica_csrf`,
readable by the web app, which sends it back in `X-CSRF-Token` on every unsafe request
authenticated by the session cookie (double submit)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

from cronica.commands import people, sessions
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Who, correlation_id
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import Caller, RouteAccess
from cronica.commands.models.credentials import AcceptInvitation, SignInBody
from cronica.domain.session import CSRF_COOKIE, SESSION_COOKIE, is_session_secret

router = APIRouter(prefix="/v1", tags=["credentials"])

Correlation = Annotated[str, Depends(correlation_id)]


class SignedIn(BaseModel):
    """Who signed in, the CSRF token to send in `X-CSRF-Token`, and when the session ends at
    the latest."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)

    user_id: UUID
    name: str
    role: str
    csrf_token: str
    expires_at: datetime


def _set_cookies(request: Request, response: Response, signed_in: sessions.SignedIn) -> None:
    secure = request.url.scheme == "https"
    for name, value, http_only in (
        (SESSION_COOKIE, signed_in.secret, True),
        (CSRF_COOKIE, signed_in.csrf_token, False),
    ):
        response.set_cookie(
            name,
            value,
            expires=signed_in.expires_at,
            path="/",
            secure=secure,
            httponly=http_only,
            samesite="strict",
        )


@router.post(
    "/sign-in",
    summary="Sign in with e-mail and password",
    description="Sets the session and CSRF cookies. The same 401 answers an unknown address, a "
    "wrong password and a disabled user; 429 (with Retry-After) after too many failures.",
    responses=problem_responses(400, 401, 422, 429),
    **RouteAccess(
        capability=None, scope="the person the e-mail and password name", caller=Caller.ANYONE
    ).route_options(),
)
def sign_in(
    body: SignInBody, request: Request, response: Response, correlation: Correlation
) -> SignedIn:
    address = request.client.host if request.client else "unknown"
    attempt = sessions.SignIn(body.email, body.password, address, correlation)
    signed_in = sessions.sign_in(
        request.app.state.application, attempt, request.app.state.session_lifetimes
    )
    _set_cookies(request, response, signed_in)
    return SignedIn(
        user_id=signed_in.user_id,
        name=signed_in.name,
        role=signed_in.role,
        csrf_token=signed_in.csrf_token,
        expires_at=signed_in.expires_at,
    )


@router.post(
    "/sign-out",
    status_code=204,
    summary="Sign out",
    description="Ends the session of the cookie (and clears the cookies); a session's unsafe "
    "request, so it needs the CSRF token.",
    responses=problem_responses(401, 403),
    **RouteAccess(capability=None, scope="the caller's own session").route_options(),
)
def sign_out(request: Request, who: Who, correlation: Correlation) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret and is_session_secret(secret):
        sessions.sign_out(request.app.state.application, secret, correlation)
    response = Response(status_code=204)
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(name, path="/", samesite="strict")
    return response


@router.post(
    "/invitations/accept",
    summary="Accept an invitation: set my password",
    description="The token `cronica user add --email` printed (in the body, never in a URL, so "
    "it stays out of access logs) and the password to set; the invitation then stops working.",
    responses=problem_responses(400, 422),
    **RouteAccess(
        capability=None, scope="the user the invitation names", caller=Caller.ANYONE
    ).route_options(),
)
def accept_invitation(
    body: AcceptInvitation, request: Request, response: Response, correlation: Correlation
) -> Accepted:
    written = people.accept_invitation(request.app.state.application, body, correlation)
    return accepted(response, written)
