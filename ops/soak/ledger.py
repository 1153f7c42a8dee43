"""What the load saw: every acknowledged write, the answers given to each idempotency key, and the
failures counted by kind (refusals and connection errors during faults are expected)."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ack:
    """A 2xx answer: the record written, its version and the position of its last event."""

    record_id: str
    version: int
    position: int
    key: str | None
    correlation_id: str


@dataclass
class Ledger:
    """Shared by the client threads."""

    sent: int = 0
    acks: list[Ack] = field(default_factory=list)
    answers_by_key: dict[str, list[Ack]] = field(default_factory=lambda: defaultdict(list))
    failures: Counter[str] = field(default_factory=Counter)
    double_sends: int = 0
    double_sends_refused_once: Counter[str] = field(default_factory=Counter)
    """Keys sent twice at once, acknowledged once and refused (409/412) or failed the other time."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def acknowledged(self, ack: Ack) -> None:
        with self._lock:
            self.sent += 1
            self.acks.append(ack)
            if ack.key:
                self.answers_by_key[ack.key].append(ack)

    def failed(self, kind: str) -> None:
        with self._lock:
            self.sent += 1
            self.failures[kind] += 1

    def doubled(self) -> None:
        with self._lock:
            self.double_sends += 1

    def refused_once(self, status: int | None) -> None:
        with self._lock:
            self.double_sends_refused_once[f"HTTP {status}" if status else "no answer"] += 1

    def keys_answered_differently(self) -> list[str]:
        """Keys whose acknowledged answers are not all the same record, version and position."""
        return [
            key
            for key, acks in self.answers_by_key.items()
            if len({(a.record_id, a.version, a.position) for a in acks}) > 1
        ]
