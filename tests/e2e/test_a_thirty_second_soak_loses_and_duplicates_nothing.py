"""`python -m cronica.ops.soak --seconds 30`, as `make soak` runs it for five minutes: two API
processes, a worker and a relay under load while each is SIGKILLed, their PostgreSQL connections
are terminated and NATS stops; afterwards nothing acknowledged is missing, no key wrote twice, the
stream equals the store and every read model equals a rebuild."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.fixtures.services import POSTGRES_URL, require_service

SOAK_TIMEOUT_SECONDS = 400
EVERY_CHECK = (
    "every process restarted",
    "caught up after the load",
    "acknowledged writes stored",
    "no key wrote twice",
    "double sends answered alike",
    "stream equals store",
    "read models equal rebuilds",
)


@pytest.mark.long
@pytest.mark.postgres
@pytest.mark.nats
def test_a_thirty_second_soak_passes_every_check(nats_url: str) -> None:
    require_service("PostgreSQL", POSTGRES_URL)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRONICA_")}
    env["CRONICA_DATABASE_URL"] = POSTGRES_URL
    done = subprocess.run(
        [sys.executable, "-m", "cronica.ops.soak", "--seconds", "30", "--clients", "4"],
        env=env,
        capture_output=True,
        text=True,
        timeout=SOAK_TIMEOUT_SECONDS,
    )

    lines = [line for line in done.stdout.splitlines() if line.startswith("soak-result ")]
    assert len(lines) == 1, done.stdout + done.stderr
    result = json.loads(lines[0].removeprefix("soak-result "))
    assert result["checks"] == dict.fromkeys(EVERY_CHECK, True), done.stdout
    assert len(result["faults"]) == 6
    assert result["acknowledged"] > 0 and result["double_sends"] > 0
    assert done.returncode == 0, done.stdout + done.stderr
