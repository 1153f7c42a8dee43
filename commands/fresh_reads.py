"""Reads one command has already made: a record it read up to date is not asked of the store
again while the command runs (repository.py, `CronicaApplication.find_many`).

A command read some records twice (the route's access check, then the decision, each loading
the record the URL names) and read the caller's unit and grants in a round trip of their own
after the one that read the caller's token and user. Inside `fresh_reads()` (one command, on
one thread) each record read is remembered at its version, or as absent; a load of it at that
version skips the store, and the caller's unit and grants can be read with the token. A lost
race forgets them all (`forget_fresh_reads`): the retry reads again. Outside it, every load
asks the store, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from uuid import UUID

ABSENT = 0
"""The version remembered of a record that does not exist."""

_fresh: ContextVar[dict[UUID, int] | None] = ContextVar("cronica_fresh_reads", default=None)


@contextmanager
def fresh_reads() -> Iterator[None]:
    """Remembers the reads made inside (one command's, on this thread)."""
    token = _fresh.set({})
    try:
        yield
    finally:
        _fresh.reset(token)


def forget_fresh_reads() -> None:
    """Forgets the reads made so far (a retry after a lost race reads again)."""
    fresh = _fresh.get()
    if fresh is not None:
        fresh.clear()


def remember(record_id: UUID, version: int) -> None:
    """Remembers that the record was read up to date at `version` (ABSENT: not there)."""
    fresh = _fresh.get()
    if fresh is not None:
        fresh[record_id] = version


def is_fresh(record_id: UUID, version: int) -> bool:
    """Whether the record was read up to date at `version` by the command running."""
    fresh = _fresh.get()
    return fresh is not None and fresh.get(record_id) == version
