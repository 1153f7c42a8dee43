"""A `cronica relay` process SIGKILLed while it publishes, then restarted, leaves every message in
the stream exactly once, and each record's events in order; on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cronica.domain.context import CommandContext, acting_as
from cronica.domain.incident import Incident
from cronica.ops.container import Container
from cronica.ops.relay import every_message
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office
from tests.fixtures.streams import IsolatedStream

EVENTS = 1_500
MONDAY_NINE = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


class Workshop:
    """Twenty incidents opened through the commands, then followed up in rounds: a round saves
    one follow-up of each incident in one transaction (fast enough to write thousands of events
    in seconds), so the incidents' events interleave in the log."""

    def __init__(self, office: Office) -> None:
        self.app = office.app
        manager = office.hire("Marta Gil", "manager")
        customer_id = office.customer(manager, "Talleres Pérez")
        opened = [office.open(manager, customer_id, f"Printer {n} jams").id for n in range(20)]
        self.incidents = [self.app.load(Incident, i, manager.company_id) for i in opened]

    def work(self, rounds: int) -> None:
        with acting_as(CommandContext("user:technician", f"test:{uuid.uuid4()}")):
            for _ in range(rounds):
                for incident in self.incidents:
                    incident.follow_up("Cleaned the rollers", MONDAY_NINE, MONDAY_NINE + HOUR)
                self.app.save(*self.incidents)


def relay_environment(settings: Settings, stream: IsolatedStream) -> dict[str, str]:
    """The test's settings as the `CRONICA_*` variables a `cronica relay` process reads."""
    env = dict(os.environ, **stream.environment())
    env["CRONICA_DATABASE_URL"] = settings.database_url or ""
    env["CRONICA_VAR_DIR"] = str(settings.var_dir)
    if settings.database_schema:
        env["CRONICA_DATABASE_SCHEMA"] = settings.database_schema
    # Small batches, polled often: the relay is kept busy between many batch boundaries.
    env["CRONICA_PROJECTION_BATCH_SIZE"] = "50"
    env["CRONICA_PROJECTION_POLL_SECONDS"] = "0.05"
    return env


@contextmanager
def relay_process(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A `cronica relay` process, its output appended to `log`; killed if the test leaves it."""
    with log.open("ab") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "cronica.ops.cli", "relay"],
            env=env,
            cwd=log.parent,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def wait_until(condition: Callable[[], bool], relay: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert relay.poll() is None, f"the relay exited with {relay.returncode}: {log.read_text()}"
        assert time.monotonic() < deadline, f"timed out: {log.read_text()}"
        time.sleep(0.05)


def test_a_relay_killed_mid_stream_and_restarted_publishes_every_event_once(
    container: Container, jetstream: IsolatedStream, tmp_path: Path
) -> None:
    recorder = container.application.recorder
    workshop = Workshop(Office(container.application))
    env = relay_environment(container.settings, jetstream)
    log = tmp_path / "relay.log"

    with relay_process(env, log) as relay:
        wait_until(lambda: jetstream.message_count() > 0, relay, log)
        # Work goes on while the relay publishes; it is killed once the stream holds some of it.
        while jetstream.message_count() < 400:
            workshop.work(rounds=1)
        relay.send_signal(signal.SIGKILL)
        relay.wait()
    held_when_killed = jetstream.message_count()
    while (recorder.max_notification_id() or 0) < EVENTS:
        workshop.work(rounds=5)
    expected = every_message(jetstream.settings_for(container.settings), container)
    assert held_when_killed < len(expected)

    with relay_process(env, log) as relay:
        wait_until(lambda: jetstream.message_count() >= len(expected), relay, log)
        relay.send_signal(signal.SIGTERM)
        assert relay.wait(timeout=10) == 0, log.read_text()

    envelopes = [message.envelope for message in jetstream.messages()]
    # Every message exactly once, in the order of the event store's log.
    assert [e["id"] for e in envelopes] == [message.msg_id for message in expected]
    assert [e["position"] for e in envelopes] == [message.position for message in expected]
    # Each record's events in order: versions 1..n, ascending.
    versions: dict[str, list[int]] = defaultdict(list)
    for envelope in envelopes:
        versions[envelope["subject"]].append(envelope["aggregateversion"])
    assert all(found == list(range(1, len(found) + 1)) for found in versions.values())
    assert all(versions[str(i.id)] == list(range(1, i.version + 1)) for i in workshop.incidents)
