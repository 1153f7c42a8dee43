"""The application service: loads aggregates, runs a command's decision, saves atomically.

Every command goes through `write`, which gives the write path of DESIGN.md §3 to all of them:
the acting user and correlation id on every event, If-Match, retries after a lost race, and
idempotency keys stored in the same transaction as the events they answered (the answer's
position is where the key's record was stored, last of that save, looked up when it is repeated).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application, project_aggregate
from eventsourcing.domain import MutableOrImmutableAggregate
from eventsourcing.persistence import IntegrityError

from cronica.commands.errors import (
    CommandError,
    ConcurrentWriteError,
    IdempotencyKeyReusedError,
    RecordNotFoundError,
    StaleVersionError,
)
from cronica.commands.fresh_reads import ABSENT, forget_fresh_reads, is_fresh, remember
from cronica.commands.idempotency import IdempotencyRecord, IdempotentRequest
from cronica.commands.many_records import ManyRecordsReading
from cronica.commands.numbering import NumberBinding, NumberingUnavailableError, claiming
from cronica.commands.passwords import Passwords
from cronica.commands.record_locks import RecordLocks
from cronica.commands.repository import SharedCacheRepository
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.catalogue import Catalogue
from cronica.domain.contact import Contact
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.customer import Customer
from cronica.domain.email_ledger import SendingLedger
from cronica.domain.errors import DomainError
from cronica.domain.inbox import Inbox
from cronica.domain.incident import Incident
from cronica.domain.notice import Notice
from cronica.domain.opportunity import Opportunity
from cronica.domain.project import Project
from cronica.domain.repair_order import RepairOrder
from cronica.domain.session import Session
from cronica.domain.sign_in_gate import SignInGate
from cronica.domain.task import Task
from cronica.domain.user import User

A = TypeVar("A", bound=CronicaAggregate)

MAX_ATTEMPTS = 10
FIRST_PAUSE_SECONDS = 0.002
LONGEST_PAUSE_SECONDS = 0.1


def _pause_after_lost_races(lost: int) -> None:
    """Retrying at once after a lost race meets the same rivals again (and the winner's next
    command); a random pause that doubles with each loss spreads them out. All pauses of one
    command add up to 0.5 s at most."""
    time.sleep(random.uniform(0, min(LONGEST_PAUSE_SECONDS, FIRST_PAUSE_SECONDS * 2 ** (lost - 1))))


@dataclass(frozen=True)
class CommandRequest:
    """How a command was asked: by whom, in which request, with which optional guards."""

    actor_id: str
    correlation_id: str
    expected_version: int | None = None
    idempotency: IdempotentRequest | None = None
    unit_id: UUID | None = None
    """The business unit owning the records the command creates; None: the company's root."""


@dataclass(frozen=True)
class Decided:
    """What a decision changed (the record it answers about first) and what it answers besides
    that record's id and version."""

    changed: Sequence[CronicaAggregate]
    added_id: UUID | None = None
    secret: str | None = None


Decision = Callable[[], Sequence[CronicaAggregate]]
"""Loads, validates and changes aggregates: the answer is about the first one it returns."""
AnsweringDecision = Callable[[], Decided]
"""A decision that answers more than its first record's id and version."""


@dataclass
class SaveListeners:
    """Callbacks told the position of each save (the in-process projection runner wakes on it)."""

    callbacks: list[Callable[[int], None]] = field(default_factory=list)

    def __call__(self, position: int) -> None:
        for callback in self.callbacks:
            callback(position)


class CronicaApplication(Application[UUID]):
    """Cronica's event store and the generic write path of every command."""

    name = "cronica"
    # Records that gain events without bound (a ledger with every e-mail, an incident with every
    # follow-up, an inbox with every alert, a user with every sign-in, a session with every touch,
    # a sign-in gate with every failed attempt...) are loaded from a snapshot taken every 100
    # events: a 10,000-event record then replays at most 99 events. A snapshot costs one more row
    # per 100 events; versioned reads use the latest one at or before the version asked
    # (cronica.domain.snapshot_state says how snapshots meet class changes).
    snapshotting_intervals: ClassVar[dict[type[MutableOrImmutableAggregate[Any]], int]] = {
        record_type: 100
        for record_type in (
            SendingLedger,
            Incident,
            Task,
            Opportunity,
            RepairOrder,
            Customer,
            Case,
            Project,
            Notice,
            Inbox,
            Catalogue,
            Contact,
            User,
            Session,
            SignInGate,
        )
    }

    def __init__(self, env: dict[str, str] | None = None) -> None:
        super().__init__(env=env)
        if not isinstance(self.recorder, NumberBinding):
            raise NumberingUnavailableError(
                f"{type(self.recorder).__name__} cannot number records: set PERSISTENCE_MODULE "
                "to one of cronica.ops.persistence's factories"
            )
        self.on_saved = SaveListeners()
        self.clock: Callable[[], datetime] = partial(datetime.now, UTC)
        """The time sessions and API tokens are checked at (tests move it forward)."""
        self.passwords = Passwords()
        self._record_locks = RecordLocks()

    def construct_repository(self) -> SharedCacheRepository:
        """The library's repository, with the cached records shared with readers."""
        cache_size = self.env.get(self.AGGREGATE_CACHE_MAXSIZE)
        return SharedCacheRepository(
            event_store=self.events,
            snapshot_store=self.snapshots,
            cache_maxsize=int(cache_size) if cache_size else None,
        )

    @property
    def records(self) -> SharedCacheRepository:
        """The repository, as this application constructed it."""
        repository = self.repository
        assert isinstance(repository, SharedCacheRepository)
        return repository

    def load(
        self,
        cls: type[A],
        record_id: UUID,
        company_id: UUID,
        expected_version: int | None = None,
        shared: bool = False,
    ) -> A:
        """The record of this type in the caller's company, at the version the caller expects;
        `shared`: the process's cached object, only to be read (repository.py)."""
        try:
            record: object = self.records.get(record_id, shared=shared)
        except AggregateNotFoundError:
            raise RecordNotFoundError(f"no {cls.__name__.lower()} {record_id}") from None
        if not isinstance(record, cls) or record.company_id != company_id:
            raise RecordNotFoundError(f"no {cls.__name__.lower()} {record_id}")
        self.require_version(record, expected_version)
        return record

    @staticmethod
    def require_version(record: CronicaAggregate, expected_version: int | None) -> None:
        """Refuses a record at another version than the one expected (none: any version)."""
        if expected_version is not None and record.version != expected_version:
            raise StaleVersionError(
                f"{type(record).__name__.lower()} {record.id} is at version {record.version}, "
                f"not {expected_version}"
            )

    def find(
        self, cls: type[A], record_id: UUID, version: int | None = None, shared: bool = False
    ) -> A | None:
        """The record of this type (at a version), or None; no company check: for ids that
        are derived from natural keys or already trusted. `shared`: as for `load`."""
        try:
            record: object = self.records.get(record_id, version=version, shared=shared)
        except AggregateNotFoundError:
            return None
        return record if isinstance(record, cls) else None

    def cached(self, record_id: UUID) -> object | None:
        """The process's cached copy of a record, maybe behind the store (no I/O): for what
        never changes in a record (an API token's user)."""
        cache = self.repository.cache
        try:
            return cache.get(record_id) if cache is not None else None
        except KeyError:
            return None

    def find_many(
        self, record_ids: Sequence[UUID], again: bool = False
    ) -> dict[UUID, CronicaAggregate]:
        """The records among `record_ids` that exist, up to date, read in one round trip: each
        cached one brought forward with its newer events, the others replayed from their first
        event (no snapshot: pass only small records, like units, grants and tokens, or ones this
        process holds). They are the cache's own objects, only to be read (repository.py); those
        the command running read already (fresh_reads.py) are not asked again, unless `again`."""
        assert isinstance(self.recorder, ManyRecordsReading)
        known: dict[UUID, Any] = {record_id: self.cached(record_id) for record_id in record_ids}
        versions = {i: ABSENT if record is None else record.version for i, record in known.items()}
        wanted = [(i, v) for i, v in versions.items() if again or not is_fresh(i, v)]
        newer: dict[UUID, list[Any]] = {}
        for stored in self.recorder.select_events_of(wanted) if wanted else ():
            event = self.mapper.to_domain_event(stored)
            newer.setdefault(event.originator_id, []).append(event)
        found: dict[UUID, CronicaAggregate] = {}
        for record_id, record in known.items():
            events = newer.get(record_id, [])
            if events:  # brought forward on a copy: a cached object never changes
                record = project_aggregate(deepcopy(record), events)
                if record is not None and self.repository.cache is not None:
                    self.repository.cache.put(record_id, record)
            remember(record_id, ABSENT if record is None else record.version)
            if record is not None:
                found[record_id] = record
        return found

    def bring_forward(self, record_ids: Sequence[UUID]) -> None:
        """Brings the cached records among these up to date in one round trip, so that the
        command running reads them without asking again (fresh_reads.py); the others are
        loaded where they are needed (from their snapshots)."""
        self.find_many([i for i in record_ids if self.cached(i) is not None])

    def write(self, request: CommandRequest, decide: Decision | AnsweringDecision) -> Written:
        """Runs `decide` (which loads, validates and changes aggregates, the answered one first)
        and saves what it returns in one transaction, retrying after a lost race."""
        with acting_as(CommandContext(request.actor_id, request.correlation_id, request.unit_id)):
            lost: list[UUID] = []  # the records changed by the attempt that lost a race
            for attempt in range(MAX_ATTEMPTS):
                if attempt:
                    _pause_after_lost_races(attempt)
                    forget_fresh_reads()
                # The locks of the records changed, so that this process's writers do not race
                # one another on them (record_locks.py): after deciding, or before it once a
                # race was lost. (So a decision must never call `write` itself.)
                with ExitStack() as locks, claiming() as claims:
                    locks.enter_context(self._record_locks.holding(lost))
                    earlier = self._earlier_answer(request)
                    if earlier is not None:
                        return earlier
                    try:
                        decided = decide()
                    except (CommandError, DomainError):
                        # The first request with this key may have been saved (by another
                        # process) since the look-up above, and made this one's checks fail:
                        # its answer, not the refusal, is what a repeat gets.
                        earlier = self._earlier_answer(request)
                        if earlier is not None:
                            return earlier
                        raise
                    if not isinstance(decided, Decided):
                        decided = Decided(decided)
                    changed = list(decided.changed)
                    self.records.refuse_shared(changed)
                    if not lost:
                        locks.enter_context(self._record_locks.holding(r.id for r in changed))
                    primary = changed[0]
                    kept = self._kept_answer(request, decided)
                    try:
                        recordings = self.save(*changed, *kept, numbers=claims.claims)
                    except IntegrityError:
                        lost = lost or [record.id for record in changed]
                        continue
                    claims.rebind(changed)
                    self.records.keep(changed)
                    positions = [r.notification.id for r in recordings]
                    # Nothing recorded (a command that changed nothing): the current position,
                    # asked only then (not as `max`'s eager default, on every command).
                    position = max(positions) if positions else self._current_position()
                    self.on_saved(position)
                    return Written(
                        primary.id, primary.version, position, decided.added_id, decided.secret
                    )
        earlier = self._earlier_answer(request)
        if earlier is not None:
            return earlier
        raise ConcurrentWriteError("the record kept changing under this command; try again")

    def _current_position(self) -> int:
        return self.recorder.max_notification_id() or 0

    @staticmethod
    def _kept_answer(request: CommandRequest, decided: Decided) -> list[IdempotencyRecord]:
        """The record of the answer to an Idempotency-Key, to save with what the decision
        changed (none without a key)."""
        if request.idempotency is None:
            return []
        primary = decided.changed[0]
        return [
            IdempotencyRecord(
                company_id=primary.company_id,
                scope=request.idempotency.scope(request.actor_id),
                fingerprint=request.idempotency.fingerprint,
                record_id=primary.id,
                record_version=primary.version,
                added_id=decided.added_id,
            )
        ]

    def _earlier_answer(self, request: CommandRequest) -> Written | None:
        if request.idempotency is None:
            return None
        record_id = IdempotencyRecord.create_id(request.idempotency.scope(request.actor_id))
        # Small, and usually absent: one round trip (a load would look for a snapshot first),
        # every time: the first request with this key may have been saved meanwhile.
        record = self.find_many([record_id], again=True).get(record_id)
        if not isinstance(record, IdempotencyRecord):
            return None
        if record.fingerprint != request.idempotency.fingerprint:
            raise IdempotencyKeyReusedError(
                f"Idempotency-Key {request.idempotency.key!r} was used for a different request"
            )
        if record.position is not None:
            # Kept by code that saved the position in a second transaction.
            return record.answer(record.position)
        assert isinstance(self.recorder, NumberBinding)
        # Saved last of its save, so where it was stored is the position first answered.
        position = self.recorder.position_of(record.id, record.version)
        assert position is not None
        return record.answer(position)
