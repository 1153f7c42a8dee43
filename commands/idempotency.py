"""Idempotency keys: the first answer to a key is stored with the events it caused, atomically."""

from __future__ import annotations

import hashlib
import json
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


class IdempotencyRecord(CronicaAggregate):
    """The answer given to the first request with a key (keys are scoped to the user), saved with
    the events it answers. Its position is looked up where it was stored itself (last of that save);
    records kept by earlier code hold it (`Answered`, saved right after them)."""

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
        """Stored by earlier code, in a second transaction: no longer recorded."""

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
        """Replays `Answered` events kept by earlier code."""
        self.position = position

    def answer(self, position: int) -> Written:
        """The first answer, whole, at the position it was given."""
        return Written(self.record_id, self.record_version, position, self.added_id)
