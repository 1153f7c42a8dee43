"""The OpenAPI document tells the truth: schemathesis, given nothing but the document and an
administrator's token, runs every check it has (server errors, statuses, content types, headers
and bodies outside the document, schema-valid requests refused, invalid ones accepted, methods,
auth, resources gone after a delete...) through its four phases (the document's examples, the
coverage of every constraint's edges, fuzzing, and stateful sequences that follow the document's
links from each create to its actions) against `cronica serve` on SQLite, and finds nothing.

Its settings are in tests/fixtures/conformance/ (with the check that a schema-valid request is
never refused for its form); the run's figures are printed for the record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, added_user, serving

REPOSITORY = Path(__file__).parents[2]
CONFIG = REPOSITORY / "tests" / "fixtures" / "conformance" / "schemathesis.toml"
PHASES = ["examples", "coverage", "fuzzing", "stateful"]
RUN_TIMEOUT_SECONDS = 600
PASSED_ON = ("CRONICA_PASSWORD_HASH_TIME_COST", "CRONICA_PASSWORD_HASH_MEMORY_KIB")
"""The tests' cheap password hashing, which the served app keeps (sign-ins are fuzzed too)."""


@pytest.mark.long
def test_schemathesis_finds_nothing_the_document_does_not_state(
    sqlite_only_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environment = {name: os.environ[name] for name in PASSED_ON if name in os.environ}
    cli = Cli(sqlite_only_settings, tmp_path, {**environment, "CRONICA_BENCHMARK_ENDPOINTS": "1"})
    _, token = added_user(cli.run("user", "add", "Ada Admin", "--role", "admin").succeeded())
    report_path = tmp_path / "schemathesis.json"

    with serving(cli, tmp_path / "serve.log") as base_url:
        started = time.monotonic()
        run = subprocess.run(
            [
                *(sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG)),
                *("run", f"{base_url}/openapi.json"),
                *("--checks", "all", "--phases", ",".join(PHASES)),
                *("--header", f"Authorization: Bearer {token}"),
                *("--report", "json", "--report-json-path", str(report_path)),
            ],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_SECONDS,
        )
        seconds = time.monotonic() - started

    assert report_path.exists(), run.stdout[-5000:] + run.stderr[-5000:]
    report = json.loads(report_path.read_text())
    operations, cases = report["operations"], report["test_cases"]
    with capsys.disabled():
        print(
            f"\nschemathesis {report['schemathesis_version']}: {operations['tested']} of "
            f"{operations['total']} operations, {cases['generated']} cases, "
            f"{cases['unique_failures']} failures, {len(report['errors'])} errors, "
            f"in {seconds:.0f} s"
        )
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]
    assert report["complete"] and report["failures"] == [] and report["errors"] == []
    assert operations["tested"] == operations["total"] > 100
    assert {phase: report["phases"][phase]["status"] for phase in PHASES} == dict.fromkeys(
        PHASES, "success"
    )
