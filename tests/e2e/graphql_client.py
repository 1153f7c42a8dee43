"""A running Cronica app (lifespan and in-process projections included) for end-to-end stories
of the GraphQL read API: people with tokens, the office's commands, and GraphQL calls."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi.testclient import TestClient

from cronica.commands.application import CronicaApplication
from cronica.commands.identity import add_user, authenticate
from cronica.commands.results import Principal
from cronica.ops.app import create_app
from cronica.ops.container import Container
from cronica.ops.settings import Settings
from tests.integration.office import Office


@dataclass(frozen=True)
class Person:
    """Someone of a company, with the token they read with."""

    who: Principal
    token: str

    @property
    def id(self) -> str:
        return str(self.who.user_id)


@dataclass
class GraphQLApi:
    """The HTTP client and the app behind it; `office` issues commands as the HTTP API would."""

    client: TestClient
    office: Office

    @property
    def app(self) -> CronicaApplication:
        return self.office.app

    @property
    def container(self) -> Container:
        container: Container = self.client.app.state.container  # type: ignore[attr-defined]
        return container

    def hire(self, name: str, role: str, office: Office | None = None) -> Person:
        slug = (office or self.office).slug
        token = add_user(self.app, slug, name, role).token
        return Person(authenticate(self.app, token), token)

    def position(self) -> int:
        """The event store's last position: what a client waits for to read every write."""
        return self.app.recorder.max_notification_id() or 0

    def post(
        self, query: str, token: str | None, headers: dict[str, str] | None = None, **variables: Any
    ) -> httpx.Response:
        sent = dict(headers or {})
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        return self.client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=sent
        )

    def answer(
        self, reader: Person, query: str, headers: dict[str, str] | None = None, **variables: Any
    ) -> dict[str, Any]:
        """The whole answer (data and errors) to a query the reader sends."""
        response = self.post(query, reader.token, headers, **variables)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def read(self, reader: Person, query: str, **variables: Any) -> dict[str, Any]:
        """The data of a query that must succeed, read after every write made so far (through
        the X-Cronica-Position header)."""
        headers = {"X-Cronica-Position": str(self.position())}
        answer = self.answer(reader, query, headers, **variables)
        assert "errors" not in answer, answer["errors"]
        data: dict[str, Any] = answer["data"]
        return data

    def errors(self, reader: Person, query: str, **variables: Any) -> list[str]:
        """The error messages of a query that must fail."""
        answer = self.answer(reader, query, **variables)
        assert answer.get("errors"), answer
        return [error["message"] for error in answer["errors"]]


@contextmanager
def running_app(settings: Settings, *, run_projections: bool = True) -> Iterator[GraphQLApi]:
    """The app on a fresh database; without `run_projections` the test runs them itself
    (`api.container.runner.catch_up()`)."""
    with TestClient(create_app(settings, run_projections=run_projections)) as client:
        application: CronicaApplication = client.app.state.application  # type: ignore[attr-defined]
        yield GraphQLApi(client, Office(application, slug=settings.company))
