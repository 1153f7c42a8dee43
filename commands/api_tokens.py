"""API tokens of people: a user issues tokens for himself, lists them and revokes them; an
administrator revokes any token of the company. Nothing secret is ever listed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from cronica.commands.application import Decided
from cronica.commands.call import CommandCall
from cronica.commands.errors import CommandError, RecordNotFoundError
from cronica.commands.identity import api_token_records, new_token
from cronica.commands.models.credentials import IssueApiToken
from cronica.commands.results import Written
from cronica.domain.errors import ExpiryInThePastError
from cronica.domain.roles import Capability, can
from cronica.domain.user import ApiToken, User


class TokenShownOnceError(CommandError):
    """Raised when an Idempotency-Key repeats the issue of a token, which was shown only once."""


@dataclass(frozen=True)
class ApiTokenInfo:
    """What may be shown of a token: when it was issued, until when, whether revoked."""

    id: UUID
    created_at: datetime
    expires_at: datetime | None
    revoked: bool


def issue_api_token(call: CommandCall, command: IssueApiToken) -> Written:
    """A new token for the caller, answered once in clear (`Written.secret`); a repeated
    Idempotency-Key is refused, as the token is never kept."""
    if command.expires_at is not None and command.expires_at <= call.app.clock():
        raise ExpiryInThePastError("expiresAt must be in the future")
    token = new_token()

    def decide() -> Decided:
        user = call.app.load(User, call.who.user_id, call.who.company_id)
        records = api_token_records(user, token, command.expires_at)
        return Decided([records[1], user], secret=token)

    written = call.write(decide)
    if written.secret is None:
        raise TokenShownOnceError(
            f"token {written.id} was issued by the first request with this Idempotency-Key and "
            "shown to it only; issue a new one"
        )
    return written


def own_api_tokens(call: CommandCall) -> list[ApiTokenInfo]:
    """The caller's tokens, oldest first."""
    user = call.app.load(User, call.who.user_id, call.who.company_id)
    tokens = [call.app.find(ApiToken, token_id) for token_id in user.api_token_ids]
    return [
        ApiTokenInfo(token.id, token.created_on, token.expires_at, token.revoked)
        for token in tokens
        if token is not None
    ]


def revoke_api_token(call: CommandCall, token_id: UUID) -> Written:
    """Revokes one of the caller's tokens, or (administrators) any token of the company; a token
    the caller may not revoke is not found."""

    def decide() -> list[ApiToken]:
        # Not `call.load`: a token is its user's private record, yet revoking is also an
        # administrator's duty (a leaked token must be stopped without its user).
        token = call.app.load(ApiToken, token_id, call.who.company_id)
        if token.user_id != call.who.user_id and not can(call.who.role, Capability.ADMINISTER):
            raise RecordNotFoundError(f"no apitoken {token_id}")
        token.revoke()
        return [token]

    return call.write(decide)
