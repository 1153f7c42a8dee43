"""The commands the write-path bench sends (write_path.py): incidents opened, and a mix of
follow-up commands on incidents already open, each with its own Idempotency-Key as a real client
sends it (so every command of the mix also stores the key's answer).

Each client of the mix works on incidents of its own, taking each through assign, follow-up,
close and reopen in turn (assigned to two technicians by turns, so no assignment repeats the
last): every command is valid when it is sent, and clients never race one another on a record.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from cronica.ops.benchmarks.http_load import Post

INCIDENTS_PER_CLIENT = 2
WORKED = {"startedAt": "2026-03-02T09:00:00Z", "endedAt": "2026-03-02T09:30:00Z"}


def _post(path: str, body: dict[str, Any], keyed: bool = False) -> Post:
    headers = {"Idempotency-Key": uuid.uuid4().hex} if keyed else {}
    return Post(path, json.dumps(body).encode(), headers)


def opening(customer_id: str) -> Post:
    """The open of an incident the bench sends again and again."""
    body = {"customerId": customer_id, "subject": "Bench", "description": "B"}
    return _post("/v1/incidents", body)


def openings(customer_id: str) -> Callable[[int], Iterator[Post]]:
    """Every client's endless opens."""
    return lambda _client: itertools.repeat(opening(customer_id))


@dataclass(frozen=True)
class FollowUpMix:
    """The incidents of each client and the two technicians they are assigned to."""

    incidents: Sequence[Sequence[str]]
    technicians: tuple[str, str]

    def requests(self, client: int) -> Iterator[Post]:
        """The client's endless commands: each of its incidents one step further in turn."""
        for step in itertools.count():
            for incident in self.incidents[client]:
                yield self._step(incident, step)

    def _step(self, incident: str, step: int) -> Post:
        path = f"/v1/incidents/{incident}"
        match step % 4:
            case 0:
                technician = self.technicians[(step // 4) % 2]
                return _post(f"{path}/assign", {"technicianId": technician}, keyed=True)
            case 1:
                return _post(f"{path}/follow-up", {"note": "Revisado", **WORKED}, keyed=True)
            case 2:
                return _post(f"{path}/close", {"resolution": "Arreglado"}, keyed=True)
            case _:
                return _post(f"{path}/reopen", {"reason": "Vuelve a fallar"}, keyed=True)
