"""`cronica worker` and `cronica relay`, each with its metrics port: their `/metrics` (parsed by
the Prometheus client's parser) show the events they applied and published and every
follower's position at the event store's; `/health/ready` answers 200 with its checks, and the
relay's 503 naming NATS while its server is down; `cronica status` prints the same positions."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from cronica.commands.identity import add_user, ensure_company
from cronica.ops.container import Container
from cronica.ops.relay import every_message
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli
from tests.fixtures.nats_server import OwnNatsServer
from tests.fixtures.smtp_server import free_port


@contextmanager
def started(cli: Cli, env: dict[str, str], command: str, log: Path) -> Iterator[str]:
    """`cronica <command>` with its metrics on a free port; the base URL of that port."""
    port = free_port()
    variable = f"CRONICA_{command.upper()}_METRICS_PORT"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "cronica.ops.cli", command],
            env={**env, variable: str(port)},
            cwd=cli.var_dir,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def answer(url: str, deadline_seconds: float = 30) -> httpx.Response:
    deadline = time.monotonic() + deadline_seconds
    while True:
        with suppress(httpx.TransportError):
            return httpx.get(url, timeout=5)
        assert time.monotonic() < deadline, f"{url} never answered"
        time.sleep(0.1)


Series = dict[tuple[str, frozenset[tuple[str, str]]], float]


def series(base_url: str) -> Series:
    text = answer(f"{base_url}/metrics").text
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


APPLIED = ("cronica_follower_events_total", frozenset({("loop", "read_models")}))
STORED = ("cronica_relay_messages_total", frozenset({("result", "stored")}))
PUBLISHED = ("cronica_relay_publish_duration_seconds_count", frozenset())
HEAD = ("cronica_event_store_position", frozenset())
RELAY_AT = ("cronica_follower_position", frozenset({("follower", "nats_relay"), ("kind", "relay")}))
TASKS_AT = ("cronica_follower_position", frozenset({("follower", "tasks"), ("kind", "read model")}))


def caught_up(worker: str, relay: str, head: int) -> tuple[Series, Series]:
    """Both processes' series once the relay and the worker's read models reached `head`."""
    deadline = time.monotonic() + 30
    while True:
        at_worker, at_relay = series(worker), series(relay)
        if at_relay.get(RELAY_AT) == head and at_worker.get(TASKS_AT) == head:
            return at_worker, at_relay
        assert time.monotonic() < deadline, (at_relay.get(RELAY_AT), at_worker.get(TASKS_AT))
        time.sleep(0.2)


def messages(settings: Settings) -> int:
    """How many messages the stored events make (internal ones are not published)."""
    container = Container.build(settings)
    try:
        return len(every_message(settings, container))
    finally:
        container.close()


def eventually_ready(base_url: str) -> dict[str, object]:
    deadline = time.monotonic() + 30
    while (ready := answer(f"{base_url}/health/ready")).status_code != 200:
        assert time.monotonic() < deadline, ready.text
        time.sleep(0.2)
    body: dict[str, object] = ready.json()
    return body


def test_worker_and_relay_metrics_health_and_status(
    postgres_settings: Settings, own_nats_server: OwnNatsServer, tmp_path: Path
) -> None:
    cli = Cli(postgres_settings, tmp_path)
    with cli.application() as app:
        ensure_company(app, "default", "Cronica Demo S.L.")
        add_user(app, "default", "Ana García", "agent")
        head = app.recorder.max_notification_id()
    env = cli.env() | {"CRONICA_NATS_URL": own_nats_server.url}
    with (
        started(cli, env, "worker", tmp_path / "worker.log") as worker,
        started(cli, env, "relay", tmp_path / "relay.log") as relay,
    ):
        assert answer(f"{worker}/health/live").json() == {"status": "ok", "process": "worker"}
        assert eventually_ready(worker)["checks"] == {"database": "ok", "followers": "ok"}
        assert eventually_ready(relay)["checks"] == {
            "database": "ok",
            "followers": "ok",
            "nats": "ok",
        }
        at_worker, at_relay = caught_up(worker, relay, head)
        assert at_worker[APPLIED] >= 1 and at_worker[HEAD] == head
        assert at_relay[STORED] == messages(postgres_settings) and at_relay[PUBLISHED] >= 1

        with cli.application() as app:  # a command's events move both processes' series
            add_user(app, "default", "Pau Roig", "technician")
            head = app.recorder.max_notification_id() or 0
        now_worker, now_relay = caught_up(worker, relay, head)
        assert now_worker[APPLIED] > at_worker[APPLIED]
        assert now_relay[STORED] == messages(postgres_settings) > at_relay[STORED]
        assert now_relay[PUBLISHED] > at_relay[PUBLISHED]

        status = cli.run("status").succeeded()
        assert f"event store position: {head}" in status
        relay_row = next(
            line.split() for line in status.splitlines() if line.startswith("nats_relay")
        )
        assert relay_row == ["nats_relay", "relay", str(head), "0", "0.0", "0"]

        own_nats_server.stop()
        not_ready = answer(f"{relay}/health/ready")
        assert not_ready.status_code == 503
        assert not_ready.json()["checks"]["nats"] != "ok"
        own_nats_server.start()
        eventually_ready(relay)
