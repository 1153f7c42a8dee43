"""Who is acting and in which request: stamped on every event an aggregate triggers.

The application service enters `acting_as(...)` around each command; the base aggregate reads the
current context when it triggers an event, so aggregates' methods stay free of audit plumbing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from cronica.domain.errors import MissingCommandContextError


@dataclass(frozen=True)
class CommandContext:
    """The actor (a user id, or `system:...` for processes) and the request's correlation id."""

    actor_id: str
    correlation_id: str


_current: ContextVar[CommandContext | None] = ContextVar("cronica_command", default=None)


@contextmanager
def acting_as(context: CommandContext) -> Iterator[CommandContext]:
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


def current_context() -> CommandContext:
    context = _current.get()
    if context is None:
        raise MissingCommandContextError("events may only be triggered inside acting_as(...)")
    return context
