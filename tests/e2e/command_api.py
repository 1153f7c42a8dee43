"""A running Cronica app (lifespan and projections included) for end-to-end tests of the command
API, with shorthands for the calls the stories make."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
from fastapi.testclient import TestClient

from cronica.commands.application import CronicaApplication
from cronica.commands.identity import NewUser, add_user, ensure_company
from cronica.commands.reactions.runner import position_name
from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from cronica.projections.positions import lowest_position

PROBLEM_BASE = "https://cronica.dev/problems/"
FOLLOW_UP = {
    "note": "Replaced the fuser",
    "startedAt": "2025-03-03T09:00:00+01:00",
    "endedAt": "2025-03-03T10:30:00+01:00",
}


@dataclass
class CommandApi:
    """The HTTP client, the app behind it, and an agent's token used unless another is given."""

    client: TestClient
    settings: Settings
    token: str

    @property
    def app(self) -> CronicaApplication:
        application: CronicaApplication = self.client.app.state.application  # type: ignore[attr-defined]
        return application

    def position(self) -> int:
        """The event store's last position once the app's reactions have caught up with it (they
        write events of their own in the background): unchanged means no event was written."""
        return self.settled()

    def settled(self, timeout: float = 10.0) -> int:
        """Waits until every reaction has dealt with every stored event; the last position."""
        container = self.client.app.state.container  # type: ignore[attr-defined]
        names = [position_name(reaction) for reaction in container.reactor.reactions]
        deadline = time.monotonic() + timeout
        while True:
            last = self.app.recorder.max_notification_id() or 0
            reached = lowest_position(container.store, names)
            if reached >= last and (self.app.recorder.max_notification_id() or 0) == last:
                return last
            assert time.monotonic() < deadline, f"reactions stuck at {reached}, store at {last}"
            time.sleep(0.01)

    def user(self, role: str, name: str = "Tomás Ruiz") -> NewUser:
        return add_user(self.app, self.settings.company, name, role)

    def post(
        self, path: str, body: Any = None, *, token: str | None = None, **headers: str
    ) -> httpx.Response:
        """POSTs `body` as JSON (bytes as they are) with the agent's token, another one, or none
        (`token=""`); header names are spelled `If_Match=`."""
        headers = {key.replace("_", "-"): value for key, value in headers.items()}
        if token != "":
            headers.setdefault("Authorization", f"Bearer {token or self.token}")
        if isinstance(body, bytes):
            headers["Content-Type"] = "application/json"
            return self.client.post(path, content=body, headers=headers)
        return self.client.post(path, json=body, headers=headers)

    def created(self, path: str, body: Any, **headers: str) -> dict[str, Any]:
        response = self.post(path, body, **headers)
        assert response.status_code in (200, 201), response.text
        answer: dict[str, Any] = response.json()
        return answer

    def customer(self) -> str:
        return str(
            self.created("/v1/customers", {"kind": "customer", "name": "Talleres Pérez"})["id"]
        )

    def incident(self, customer_id: str | None = None, **fields: Any) -> str:
        body = {"customerId": customer_id or self.customer(), "subject": "Printer jams"}
        body.update(description="It jams on every second label.", **fields)
        return str(self.created("/v1/incidents", body)["id"])

    def refused(
        self, path: str, body: Any, status: int, problem: str, **headers: str
    ) -> dict[str, Any]:
        """Sends a command that must be refused: answers its problem after checking that it is
        problem+json of the given status and type, and that no event was written."""
        before = self.position()
        response = self.post(path, body, **headers)
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        answer: dict[str, Any] = response.json()
        assert answer["type"] == (problem if ":" in problem else PROBLEM_BASE + problem)
        assert answer["status"] == status and answer["title"] and answer["detail"]
        assert self.position() == before
        return answer

    def version_of(self, record_id: str) -> int:
        return int(self.app.repository.get(UUID(record_id)).version)


@contextmanager
def running_api(settings: Settings) -> Iterator[CommandApi]:
    """The app as `cronica serve` runs it, with its company and an agent to act as."""
    with TestClient(create_app(settings)) as client:
        application = client.app.state.application  # type: ignore[attr-defined]
        ensure_company(application, settings.company, "Cronica Demo S.L.")
        agent = add_user(application, settings.company, "Ana García", "agent")
        yield CommandApi(client, settings, agent.token)
