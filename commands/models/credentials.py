"""Bodies of the credential commands: signing in, passwords, invitations and API tokens."""

from __future__ import annotations

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Email, Line
from cronica.domain.credential import LONGEST_PASSWORD

Password = Line
"""One line (a form's field); checked against the policy (domain/credential.py) where it is
set, not where it is sent."""


class SignInBody(CommandModel):
    email: Email = Field(max_length=320)
    password: Password = Field(max_length=LONGEST_PASSWORD)


class SetPassword(CommandModel):
    """A user's new password; changing one's own needs the current one, an administrator
    setting another user's does not."""

    password: Password
    current_password: Password | None = Field(default=None, max_length=LONGEST_PASSWORD)


class AcceptInvitation(CommandModel):
    """The invitation's token (as `cronica user add` printed it) and the password to set."""

    token: Line = Field(min_length=1, max_length=200)
    password: Password


class IssueApiToken(CommandModel):
    expires_at: AwareDatetime | None = Field(
        default=None,
        description="When the token stops working (in the future: 422 otherwise, a rule the "
        "schema cannot state); none: when revoked.",
        examples=["2099-12-31T00:00:00Z"],
    )
