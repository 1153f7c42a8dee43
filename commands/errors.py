"""Errors of the write side that are not rules of the domain (HTTP maps each to a status)."""


class CommandError(Exception):
    """Raised when a command cannot be carried out for a reason outside the domain's rules."""


class AuthenticationError(CommandError):
    """Raised when a request carries no token, or one that is unknown or revoked."""


class ForbiddenError(CommandError):
    """Raised when the caller's role does not allow the command (administrators' commands)."""


class RecordNotFoundError(CommandError):
    """Raised when a command names a record that does not exist in the caller's company."""


class StaleVersionError(CommandError):
    """Raised when If-Match names a version other than the record's current one."""


class ConcurrentWriteError(CommandError):
    """Raised when other writers kept winning the race on a record after every retry."""


class IdempotencyKeyReusedError(CommandError):
    """Raised when an Idempotency-Key is sent again with a different request."""


class DuplicateRecordError(CommandError):
    """Raised when a record with the same natural key (a company slug) already exists."""


class UnknownReferenceError(CommandError):
    """Raised when a command's body names a record that does not exist in the caller's company."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class TooManyRequestsError(CommandError):
    """Raised when the caller has used up a limit for now; `retry_after` says when to try again."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        """Whole seconds until the request may succeed."""


class QuotaExceededError(CommandError):
    """Raised when keeping what a request carries would take its sender over a storage quota."""
