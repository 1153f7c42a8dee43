"""Errors a GraphQL query answers with (in the response's `errors`, never as an HTTP 500)."""


class ReadApiError(Exception):
    """Raised when a query cannot be answered; its message is shown to the client."""


class InvalidArgumentError(ReadApiError):
    """Raised when an argument is malformed or out of range (a bad cursor, `first` over the cap)."""


class NotAllowedError(ReadApiError):
    """Raised when the viewer may not read what they asked for (another employee's timesheet)."""


class ReadModelsBehindError(ReadApiError):
    """Raised when the read models have not reached a requested position within the wait."""
