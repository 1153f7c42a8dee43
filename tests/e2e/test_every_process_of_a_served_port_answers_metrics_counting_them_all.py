"""`cronica serve --workers 2` answers every scrape of its one port with the commands of both
processes: they count in the Prometheus client's multiprocess mode, so a scrape that one of them
answers still shows every command sent; and it refuses a metrics port of their own."""

from __future__ import annotations

import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, added_user
from tests.fixtures.smtp_server import free_port

COMMANDS = 8
SERVE = [sys.executable, "-m", "cronica.ops.cli", "serve"]
CREATED = {"record": "customers", "verb": "create", "outcome": "accepted", "kind": ""}


def created_count(text: str) -> float:
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "cronica_commands_total" and sample.labels == CREATED
    )


def test_each_scrape_counts_the_commands_of_both_processes(
    postgres_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(postgres_settings, tmp_path)
    cli.run("company", "add", "default").succeeded()
    _, token = added_user(cli.run("user", "add", "Ana García", "--role", "agent").succeeded())
    port = free_port()
    with (tmp_path / "serve.log").open("w") as log:
        server = subprocess.Popen(
            [*SERVE, "--port", str(port), "--workers", "2", "--no-projections"],
            env=cli.env(),
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None and time.monotonic() < deadline
            with suppress(httpx.TransportError):
                if httpx.get(f"{base}/health/live").status_code == 200:
                    break
            time.sleep(0.2)
        for n in range(COMMANDS):  # a connection each: the kernel hands them to either process
            answer = httpx.post(
                f"{base}/v1/customers",
                json={"kind": "customer", "name": f"Cliente {n}"},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert answer.status_code == 201, answer.text
        scrapes = [created_count(httpx.get(f"{base}/metrics").text) for _ in range(6)]
        assert scrapes == [COMMANDS] * 6
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = (tmp_path / "serve.log").read_text().splitlines()
    pids = {line.split('"pid": ')[1].split(",")[0] for line in lines if '"pid": ' in line}
    assert len(pids) >= 2  # both processes served (and logged) something
    assert not [line for line in lines if '"uvicorn.access"' in line]  # the app's line only


def test_a_metrics_port_of_their_own_is_refused(
    postgres_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(postgres_settings, tmp_path)
    env = cli.env() | {"CRONICA_METRICS_PORT": str(free_port())}
    refused = subprocess.run(
        [*SERVE, "--workers", "2", "--no-projections"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2 and "CRONICA_METRICS_PORT" in refused.stderr
