"""The rules of people's credentials that a command can break (each answers as its own kind)."""

from __future__ import annotations

from cronica.domain.errors import DomainError, IllegalTransitionError


class LastAdminError(IllegalTransitionError):
    """Raised when a command would leave the company without an enabled administrator."""


class WeakPasswordError(DomainError):
    """Raised when a new password is too short or too long."""

    field = "password"


class EmailTakenError(DomainError):
    """Raised when another user already signs in with this e-mail address."""

    field = "email"


class InvalidInvitationError(DomainError):
    """Raised when an invitation is unknown, already used, or expired."""

    field = "token"


class WrongPasswordError(DomainError):
    """Raised when a user changing his own password gives a wrong current one."""

    field = "current_password"


class NoEmailError(DomainError):
    """Raised when a password is set for a user who has no e-mail address to sign in with."""
