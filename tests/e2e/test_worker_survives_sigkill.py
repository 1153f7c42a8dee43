"""A `cronica worker` killed with SIGKILL in the middle of its work resumes where its last
committed batch ended: after a restart no event has been applied twice, and none skipped."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from uuid import UUID

from cronica.domain.incident import Incident
from cronica.ops.container import Container
from cronica.ops.settings import Settings
from tests.fixtures.catching_up import positions_of, wait_until_caught_up
from tests.fixtures.random_work.office_work import RandomWork, Tally
from tests.fixtures.staff.office import Office


def start_worker(settings: Settings, cwd: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "CRONICA_DATABASE_URL": settings.database_url or "",
        "CRONICA_DATABASE_SCHEMA": settings.database_schema or "",
        "CRONICA_PROJECTION_BATCH_SIZE": "20",
    }
    command = [sys.executable, "-m", "cronica.ops.cli", "worker"]
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL)


def kill_midway(worker: subprocess.Popen[bytes], container: Container, names: list[str]) -> int:
    """SIGKILLs the worker once it has committed some batches but not all; its position then."""
    last = container.application.recorder.max_notification_id() or 0
    deadline = time.monotonic() + 20
    while min(positions_of(container.store, names)) < last // 3:
        assert worker.poll() is None, "the worker stopped by itself"
        assert time.monotonic() < deadline, "the worker made no progress"
        time.sleep(0.002)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    reached = positions_of(container.store, names)
    assert min(reached) > 0 and max(reached) < last, (reached, last)
    return min(reached)


def grouped(container: Container, sql: str) -> Counter[str]:
    return Counter({row["k"]: int(row["n"]) for row in container.store.query(sql)})


def assert_each_event_applied_once(container: Container, work: RandomWork) -> None:
    tally: Tally = work.tally
    rows = container.store.query("SELECT id, version, minutes_worked, status FROM incidents")
    assert len(rows) == len(work.status)
    for row in rows:
        incident = container.application.repository.get(UUID(row["id"]))
        assert isinstance(incident, Incident)
        expected = (incident.version, incident.minutes_worked, incident.status.value)
        assert (row["version"], row["minutes_worked"], row["status"]) == expected
    lines = "SELECT employee_id AS k, {} AS n FROM timesheet_lines GROUP BY employee_id"
    assert grouped(container, lines.format("COUNT(*)")) == tally.lines
    assert grouped(container, lines.format("SUM(minutes)")) == tally.minutes
    alerts = "SELECT user_id AS k, COUNT(*) AS n FROM alerts {} GROUP BY user_id"
    assert grouped(container, alerts.format("")) == tally.alerts
    assert grouped(container, alerts.format("WHERE read_at IS NOT NULL")) == tally.read
    users = container.store.query("SELECT COUNT(*) AS n FROM users")[0]["n"]
    assert users == len(work.office.staff)


def test_a_worker_killed_mid_batch_resumes_without_losing_or_repeating_events(
    container: Container, settings: Settings, tmp_path: Path
) -> None:
    work = RandomWork(Office(container.application), random.Random(7))
    work.do(150)
    work.long_follow_ups(incidents=6, follow_ups=300)
    last = container.application.recorder.max_notification_id() or 0
    assert last > 2_000
    names = [projection.name for projection in container.runner.projections]

    killed_at = kill_midway(start_worker(settings, tmp_path), container, names)

    restarted = start_worker(settings, tmp_path)
    try:
        wait_until_caught_up(container.application, container.store, names, seconds=30)
    finally:
        restarted.send_signal(signal.SIGTERM)
        restarted.wait(timeout=10)
    assert killed_at < last
    assert_each_event_applied_once(container, work)
