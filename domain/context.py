"""Who is acting, in which request and for which business unit: stamped on every event.

The application service enters `acting_as(...)` around each command; the base aggregate reads the
current context when it triggers an event, so aggregates' methods stay free of audit plumbing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from uuid import UUID

from cronica.domain.errors import MissingCommandContextError


@dataclass(frozen=True)
class CommandContext:
    """The actor (a user id, or `system:...` for processes), the request's correlation id, and
    the business unit that owns the records the command creates (None: the company's root unit)."""

    actor_id: str
    correlation_id: str
    unit_id: UUID | None = None


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


@contextmanager
def owned_by(unit_id: UUID) -> Iterator[CommandContext]:
    """Records created inside are owned by this unit instead of the actor's own."""
    with acting_as(replace(current_context(), unit_id=unit_id)) as context:
        yield context
