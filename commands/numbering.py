"""Consecutive numbers per company and prefix (INC-000042, C-000123), bound when the record is
saved rather than when it is decided.

A decision cannot know the next number without serialising every writer of a company behind one
row or aggregate. So it builds the record with a stand-in that no command can carry (text that
starts and ends with NUL, which command models refuse: commands/models/base.py), and claims a
number for it; `write` hands the claims to the save (`save(..., numbers=claims)`), and the event
store's recorder, inside the save's transaction and after the events table's lock that already
serialises every save, takes the numbers from the `record_numbers` table and writes them over
the stand-ins in the stored events' JSON before inserting them. A failed save rolls the numbers
back with the events: no gap, no duplicate, no lost race.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent

NumberKey = tuple[UUID, str]
"""A company and a prefix: what counts its own numbers."""


class NumberOutsideWriteError(Exception):
    """Raised when a number is claimed outside a command's `write`, where no save would bind it."""


class UnboundNumberError(Exception):
    """Raised when a save claimed a number that none of its events holds (it would leave a gap)."""


class NumberingUnavailableError(Exception):
    """Raised when the application is built on an event store whose recorder binds no numbers."""


class NumberBinding(ABC):
    """What an event store's recorder declares when its `insert_events(..., numbers=claims)`
    binds the claims (ops/persistence): the application refuses to start on any other, which
    would store the stand-ins. Such a recorder also finds where a record's version was stored,
    which answers a repeated Idempotency-Key without a second write."""

    @abstractmethod
    def position_of(self, originator_id: UUID, version: int) -> int | None:
        """The notification id of a record's event at a version (None: not stored)."""


def formatted(prefix: str, number: int) -> str:
    """A number as records show it: `INC-000042` (the PostgreSQL recorder's save writes the same
    in SQL, ops/persistence/postgres.py)."""
    return f"{prefix}-{number:06d}"


@dataclass
class NumberClaim:
    """One number a save must take: for which company and prefix, in place of which stand-in;
    `number` is set by the recorder once it bound the claim."""

    company_id: UUID
    prefix: str
    placeholder: str
    number: str | None = None

    @property
    def encoded(self) -> bytes:
        """The stand-in as it appears inside a JSON string of the stored state (NUL escaped)."""
        return json.dumps(self.placeholder, ensure_ascii=False)[1:-1].encode()


@dataclass
class NumberClaims:
    """The numbers claimed by one attempt of one command, in the order claimed."""

    claims: list[NumberClaim] = field(default_factory=list)

    def claim(self, company_id: UUID, prefix: str) -> str:
        placeholder = f"\x00{prefix}#{len(self.claims) + 1}\x00"
        self.claims.append(NumberClaim(company_id, prefix, placeholder))
        return placeholder

    def rebind(self, aggregates: Iterable[Any]) -> None:
        """Gives the saved aggregates in memory the numbers the store bound (their text fields
        that hold a stand-in), so no copy keeps one."""
        for aggregate in aggregates:
            for name, value in list(vars(aggregate).items()):
                if isinstance(value, str) and "\x00" in value:
                    setattr(aggregate, name, self.bound_text(value))

    def bound_text(self, text: str) -> str:
        for claim in self.claims:
            assert claim.number is not None, "rebound before the save bound its numbers"
            text = text.replace(claim.placeholder, claim.number)
        return text


_current: ContextVar[NumberClaims | None] = ContextVar("cronica_number_claims", default=None)


@contextmanager
def claiming() -> Iterator[NumberClaims]:
    """Collects the numbers claimed by the decision run inside (one attempt of a `write`)."""
    claims = NumberClaims()
    token = _current.set(claims)
    try:
        yield claims
    finally:
        _current.reset(token)


def claim_number(company_id: UUID, prefix: str) -> str:
    """The stand-in for the company's next number of `prefix`, which the save replaces."""
    claims = _current.get()
    if claims is None:
        raise NumberOutsideWriteError("numbers are only claimed by a decision run by `write`")
    return claims.claim(company_id, prefix)


def claimed_counts(claims: Sequence[NumberClaim]) -> dict[NumberKey, int]:
    """How many numbers each company and prefix must give, in the order first claimed."""
    counts: dict[NumberKey, int] = {}
    for claim in claims:
        key = (claim.company_id, claim.prefix)
        counts[key] = counts.get(key, 0) + 1
    return counts


def numbers_back(claims: Sequence[NumberClaim]) -> list[int]:
    """How far below its company and prefix's new last number each claim's number is: the
    claims of one key take, in the order claimed, the consecutive numbers that end at it."""
    counts = claimed_counts(claims)
    given = dict.fromkeys(counts, 0)
    back = []
    for claim in claims:
        key = (claim.company_id, claim.prefix)
        given[key] += 1
        back.append(counts[key] - given[key])
    return back


def refuse_unheld(stored_events: Sequence[StoredEvent], claims: Sequence[NumberClaim]) -> None:
    """Raises `UnboundNumberError` if a claim's stand-in is in none of the events."""
    missing = [
        c.placeholder for c in claims if not any(c.encoded in e.state for e in stored_events)
    ]
    if missing:
        raise UnboundNumberError(f"no event of the save holds the numbers claimed {missing!r}")


def bind(
    stored_events: Sequence[StoredEvent],
    claims: Sequence[NumberClaim],
    lasts: Mapping[NumberKey, int],
) -> list[StoredEvent]:
    """The stored events with every claim's stand-in replaced by its number (`numbers_back`
    below `lasts`, the table's new last numbers)."""
    refuse_unheld(stored_events, claims)
    for claim, back in zip(claims, numbers_back(claims), strict=True):
        claim.number = formatted(claim.prefix, lasts[(claim.company_id, claim.prefix)] - back)
    bound = []
    for stored in stored_events:
        state = stored.state
        for claim in claims:
            state = state.replace(claim.encoded, json.dumps(claim.number)[1:-1].encode())
        bound.append(replace(stored, state=state))
    return bound
