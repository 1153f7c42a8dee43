"""Which events reach subscribers: every event class of every record, but the internal ones.

Internal records are the server's own bookkeeping, whose events say nothing a subscriber could
act on and mostly exist to hold a secret's digest: the old number counters, sign-in gates,
sessions, credentials (password hashes, invitations), API tokens, the e-mail sending ledger and
the administrators' roster; and records kept outside the domain by the write side's machinery
(idempotency records: a key's first answer). A user's calendar feed secret is internal too. The
relay skips them (advancing past them all the same) and the AsyncAPI document does not list them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from eventsourcing.domain import CanInitAggregate

import cronica.domain
from cronica.domain.admin_roster import AdminRoster
from cronica.domain.base import CronicaAggregate
from cronica.domain.counter import Counter
from cronica.domain.credential import Credential
from cronica.domain.email_ledger import SendingLedger
from cronica.domain.session import Session
from cronica.domain.sign_in_gate import SignInGate
from cronica.domain.user import ApiToken

EventClass = type[CronicaAggregate.Event]

INTERNAL_RECORDS: frozenset[type[CronicaAggregate]] = frozenset(
    {Counter, SignInGate, Session, Credential, ApiToken, SendingLedger, AdminRoster}
)
WRITE_SIDE_RECORDS: frozenset[str] = frozenset({"IdempotencyRecord"})
"""Internal records kept by commands/ (which bus may not import), by name."""
INTERNAL_EVENTS: frozenset[str] = frozenset({"User.CalendarFeedIssued"})
"""Internal events of published records, by qualified name."""


def is_internal(event_class: type[object]) -> bool:
    """True for the events of internal records, and the internal events of others."""
    record = event_class.__qualname__.split(".")[0]
    internal_records = {r.__name__ for r in INTERNAL_RECORDS}
    return (
        record in internal_records | WRITE_SIDE_RECORDS
        or event_class.__qualname__ in INTERNAL_EVENTS
    )


@cache
def published_events() -> tuple[EventClass, ...]:
    """Every event class subscribers may receive, ordered by record and event name."""
    for module in pkgutil.iter_modules(cronica.domain.__path__):
        importlib.import_module(f"{cronica.domain.__name__}.{module.name}")
    # Records are the leaves: CustomerProfile and CustomerParts are bases of Customer.
    # Records of the domain only: a process may have imported others (the write side's, tests').
    leaves = [r for r in _subclasses(CronicaAggregate) if not r.__subclasses__()]
    records = [r for r in leaves if _in_the_domain(r) and r not in INTERNAL_RECORDS]
    events = [e for record in records for e in _events_of(record)]
    unique = {e.__qualname__: e for e in events if e.__qualname__ not in INTERNAL_EVENTS}
    return tuple(unique[name] for name in sorted(unique))


def _in_the_domain(cls: type[object]) -> bool:
    return cls.__module__.startswith(f"{cronica.domain.__name__}.")


def _subclasses(cls: type[CronicaAggregate]) -> list[type[CronicaAggregate]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _events_of(record: type[CronicaAggregate]) -> list[EventClass]:
    """The record's own event classes (`Incident.Closed`), but the bases no command triggers:
    `Event`, and `Created` where the record is created by events of other names."""
    own = [
        value
        for name in dir(record)
        if isinstance(value := getattr(record, name), type)
        and issubclass(value, CronicaAggregate.Event)
        and value.__qualname__ == f"{record.__qualname__}.{name}"
        and name != "Event"
    ]
    creations = [e for e in own if issubclass(e, CanInitAggregate)]
    if len(creations) > 1:
        own = [e for e in own if e.__name__ != "Created"]
    return own
