"""Client threads sending a mix of commands over HTTP to both API processes: customers, tasks,
incidents opened, and hot incidents assigned, followed up, closed and reopened. Most carry an
Idempotency-Key; some are sent twice at once, to each API process (those that act on an incident
act on the client's own, so that only the two halves race for it)."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from cronica.ops.soak.ledger import Ack, Ledger

HOT_INCIDENTS = 4
WORK = {
    "note": "Cleaned the rollers",
    "startedAt": "2025-03-03T09:00:00+01:00",
    "endedAt": "2025-03-03T09:30:00+01:00",
}
TASK = {
    "description": "Call about the quote",
    "type": "call",
    "startsAt": "2025-03-03T09:00:00+01:00",
    "endsAt": "2025-03-03T09:20:00+01:00",
}


class Load:
    """Sends commands until `stop` is set, recording every answer in the ledger."""

    def __init__(self, urls: list[str], token: str, ledger: Ledger, seed: int) -> None:
        self.urls, self.ledger = urls, ledger
        self.headers = {"Authorization": f"Bearer {token}"}
        self.random = random.Random(seed)
        self.customers: list[str] = []
        self.incidents: list[str] = []
        self.pool = ThreadPoolExecutor(max_workers=2)
        self.last_status: dict[str, int] = {}
        """The status of a double send's refused half, by correlation id."""

    def prepare(self) -> None:
        """A few customers and the hot incidents, retried until acknowledged."""
        while len(self.customers) < 3:
            if ack := self.send(self.urls[0], "/v1/customers", self._customer()):
                self.customers.append(ack.record_id)
        while len(self.incidents) < HOT_INCIDENTS:
            if ack := self.send(self.urls[0], "/v1/incidents", self._incident()):
                self.incidents.append(ack.record_id)

    def run(self, stop: threading.Event) -> None:
        moves: list[tuple[int, Callable[[], tuple[str, dict[str, Any]]]]] = [
            (2, lambda: ("/v1/customers", self._customer())),
            (3, lambda: ("/v1/incidents", self._incident())),
            (2, lambda: ("/v1/tasks", {**TASK, "customerId": self.random.choice(self.customers)})),
            (4, lambda: (self._hot("follow-up"), WORK)),
            (1, lambda: (self._hot("close"), {"resolution": "Rollers replaced"})),
            (1, lambda: (self._hot("reopen"), {"reason": "Jams again"})),
        ]
        weights = [weight for weight, _ in moves]
        own = self._own_incident(stop)
        while not stop.is_set():
            path, body = self.random.choices(moves, weights)[0][1]()
            key = str(uuid.uuid4()) if self.random.random() < 0.8 else None
            if key and own and self.random.random() < 0.25:
                # A double send acts on this client's own incident, which only its two halves
                # race for: a refusal of one half can then only come from the other half, which
                # is the refusal a repeated key must never get. (On a hot incident a third
                # client's close may rightly refuse one half before the other is sent.)
                for hot in self.incidents:
                    path = path.replace(hot, own)
                self.ledger.doubled()
                correlation = str(uuid.uuid4())
                sends = [
                    self.pool.submit(self.send, url, path, body, key, correlation)
                    for url in self.urls
                ]
                answered = {sent.result() is not None for sent in sends}
                status = self.last_status.pop(correlation, None)
                if answered == {True, False}:
                    self.ledger.refused_once(status)
            else:
                self.send(self.random.choice(self.urls), path, body, key)
        self.pool.shutdown()

    def _own_incident(self, stop: threading.Event) -> str | None:
        """An incident of this client's own, retried until acknowledged (None: stopped first)."""
        while not stop.is_set():
            if ack := self.send(self.random.choice(self.urls), "/v1/incidents", self._incident()):
                return ack.record_id
        return None

    def send(
        self,
        url: str,
        path: str,
        body: dict[str, Any],
        key: str | None = None,
        correlation: str | None = None,
    ) -> Ack | None:
        correlation = correlation or str(uuid.uuid4())
        headers = {**self.headers, "X-Correlation-Id": correlation}
        if key:
            headers["Idempotency-Key"] = key
        try:
            response = httpx.post(url + path, json=body, headers=headers, timeout=30)
        except httpx.TransportError as error:
            self.ledger.failed(type(error).__name__)
            return None
        if response.status_code >= 300:
            self.last_status[correlation] = response.status_code
            self.ledger.failed(f"HTTP {response.status_code}")
            return None
        answer = response.json()
        ack = Ack(str(answer["id"]), answer["version"], answer["position"], key, correlation)
        self.ledger.acknowledged(ack)
        return ack

    def _hot(self, verb: str) -> str:
        return f"/v1/incidents/{self.random.choice(self.incidents)}/{verb}"

    def _customer(self) -> dict[str, Any]:
        return {"kind": "customer", "name": f"Cliente {self.random.randrange(10_000)}"}

    def _incident(self) -> dict[str, Any]:
        customer = self.random.choice(self.customers)
        return {"customerId": customer, "subject": "Printer jams", "description": "It jams."}
