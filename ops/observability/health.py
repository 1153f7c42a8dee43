"""Health of a process, as `/health/live` and `/health/ready` answer it: each check names what
is wrong (None: nothing), and the answer lists every check, so an operator reads why a process
is not ready in the body of its 503.

- every process: the database answers (the event store and the read store);
- the API: no read model further behind than `CRONICA_READY_MAX_LAG_SECONDS`;
- the worker: none of its followers (read models, reactions) failing for that long; the events
  its read models set aside are listed (they do not stop it, they wait for a retry);
- the relay: NATS answers, and its publishing is not failing for that long."""

from __future__ import annotations

import socket
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cronica.commands.application import CronicaApplication
from cronica.ops.container import Container
from cronica.ops.observability.follower_status import log_status
from cronica.ops.observability.followers import ObservedFollower
from cronica.projections.store import ReadStore

Check = Callable[[], str | None]
NATS_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class ProcessHealth:
    """The health of one process (`api`, `worker`, `relay`) built on `container`."""

    process: str
    container: Container
    nats_url: str | None = None

    def live(self) -> dict[str, Any]:
        return {"status": "ok", "process": self.process}

    def ready(self) -> tuple[bool, dict[str, Any]]:
        application, store = self.container.application, self.container.store
        max_lag = self.container.settings.ready_max_lag_seconds
        checks = {"database": database_answers(application, store)}
        if self.process == "api":
            checks["read_models"] = read_models_within(application, store, max_lag)
        if running := self.container.running():
            checks["followers"] = followers_running(running, max_lag)
        if self.nats_url:
            checks["nats"] = nats_answers(self.nats_url)
        details = self._set_aside if self.process == "worker" else None
        return readiness(self.process, checks, details)

    def _set_aside(self) -> dict[str, Any]:
        """The events each read model set aside (reported, not a failure: see the module)."""
        status = log_status(self.container.application, self.container.store)
        return {"set_aside_events": {f.name: f.set_aside for f in status.followers if f.set_aside}}


def readiness(
    process: str, checks: Mapping[str, Check], details: Callable[[], dict[str, Any]] | None = None
) -> tuple[bool, dict[str, Any]]:
    """Runs every check; ready when none names a problem. An exception is a problem too."""
    results: dict[str, str] = {}
    for name, check in checks.items():
        try:
            problem = check()
        except Exception as error:
            problem = f"{type(error).__name__}: {error}"
        results[name] = "ok" if problem is None else problem
    ready = all(result == "ok" for result in results.values())
    body: dict[str, Any] = {"status": "ready" if ready else "not ready", "process": process}
    body["checks"] = results
    if details is not None:
        with suppress(Exception):  # the database check says why it could not be read
            body.update(details())
    return ready, body


def database_answers(application: CronicaApplication, store: ReadStore) -> Check:
    def check() -> None:
        application.recorder.max_notification_id()
        store.query("SELECT 1 AS one")

    return check


def read_models_within(
    application: CronicaApplication, store: ReadStore, max_lag_seconds: float
) -> Check:
    def check() -> str | None:
        behind = log_status(application, store).behind(max_lag_seconds)
        if not behind:
            return None
        return "behind by more than {:g}s: {}".format(
            max_lag_seconds,
            ", ".join(f"{f.name} ({f.lag_seconds:.0f}s, {f.lag_events} events)" for f in behind),
        )

    return check


def followers_running(followers: Sequence[ObservedFollower], max_failing_seconds: float) -> Check:
    def check() -> str | None:
        failing = [f for f in followers if f.failing_for() > max_failing_seconds]
        if not failing:
            return None
        return "; ".join(
            f"{f.loop} failing for {f.failing_for():.0f}s: {f.last_error}" for f in failing
        )

    return check


def nats_answers(nats_url: str) -> Check:
    """Connects to the NATS server and reads its INFO greeting (no client, no subscription)."""
    parts = urlsplit(nats_url)

    def check() -> str | None:
        address = (parts.hostname or "127.0.0.1", parts.port or 4222)
        with socket.create_connection(address, timeout=NATS_TIMEOUT_SECONDS) as connection:
            greeting = connection.recv(4)
        return None if greeting == b"INFO" else f"no NATS server at {address[0]}:{address[1]}"

    return check
