"""Idempotency keys: the first answer to a key is stored with the events it caused, atomically."""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.record_rules import RecordRule


@dataclass(frozen=True)
class IdempotentRequest:
    """A client's key for one request, and a digest of what the request asked."""

    key: str
    fingerprint: str

    @classmethod
    def of(cls, key: str, method: str, path: str, body: Any) -> IdempotentRequest:
        canonical = json.dumps([method, path, body], sort_keys=True, default=str)
        return cls(key=key, fingerprint=hashlib.sha256(canonical.encode()).hexdigest())

    def scope(self, actor_id: str) -> str:
        """Keys are scoped to the user who sent them."""
        return f"{actor_id}:{self.key}"


class PositionsUnavailableError(Exception):
    """Raised when the application is built on an event store whose recorder cannot tell the
    position an event was stored at."""


class RecordedPositions(ABC):
    """What an event store's recorder declares when it tells the position (notification id) an
    event of a record was stored at: how a repeated key finds its first answer's position."""

    @abstractmethod
    def position_of(self, record_id: UUID, version: int) -> int:
        """The position of the record's event at `version` (which must be stored)."""


class IdempotencyRecord(CronicaAggregate):
    """The answer given to the first request with a key (keys are scoped to the user), saved
    last in the transaction of the events it answers: its own position is the answer's position,
    so no second transaction is needed to keep it."""

    company_wide = True
    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY
    position: int | None = None

    class Recorded(CronicaAggregate.Created):
        class_version = 2
        scope: str
        fingerprint: str
        record_id: UUID
        record_version: int
        added_id: UUID | None

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Records saved before answers held an added id."""
            state["added_id"] = None

    class Answered(CronicaAggregate.Event):
        position: int

    @staticmethod
    def create_id(scope: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"cronica:idempotency:{scope}")

    @event(Recorded)
    def __init__(
        self,
        company_id: UUID,
        scope: str,
        fingerprint: str,
        record_id: UUID,
        record_version: int,
        added_id: UUID | None,
    ) -> None:
        self.company_id = company_id
        self.fingerprint = fingerprint
        self.record_id = record_id
        self.record_version = record_version
        self.added_id = added_id

    @event(Answered)
    def answered(self, position: int) -> None:
        """Replays the position that records saved by earlier versions kept in a second event."""
        self.position = position

    def answer(self, positions: RecordedPositions) -> Written:
        """The first answer, whole: its position is this record's own (the events it answers
        were saved in the same transaction, just before it)."""
        position = positions.position_of(self.id, 1) if self.position is None else self.position
        return Written(self.record_id, self.record_version, position, self.added_id)
