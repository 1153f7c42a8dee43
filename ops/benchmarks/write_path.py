"""The write-path part of the benchmarks (__main__.py): incidents opened over HTTP against real
`cronica serve` processes on PostgreSQL, beside raw single-row insert transactions at the same
concurrency, and the same against another git revision of the product served in the same run.

Each product is served with its projections off (`--no-projections`: an open does not wait for
them) on a schema of its own, seeded by its own command line. For 1, 4 and 16 clients: opens/s,
p50 and p99; then p99 at a paced 100 opens/s (latency from each open's scheduled start, so a
slow answer delays nothing it should not). A revision is checked out into a temporary worktree
and imported from there (PYTHONPATH comes before this venv's editable install).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg

CLIENTS = (1, 4, 16)
PACED_PER_SECOND = 100
PACED_SECONDS = 5
REPO = Path(__file__).resolve().parents[2]


def bench_write_path(postgres_url: str, opens: int, port: int, baseline_rev: str | None) -> None:
    """Prints the figures of this checkout (one process and two), and of `baseline_rev`."""
    print(f"write path on PostgreSQL, {opens} opens per concurrency:")
    for clients in CLIENTS:
        print(f"  raw inserts, {clients:2d} clients: {_raw_inserts(postgres_url, clients, opens)}")
    _bench_product("this checkout", postgres_url, opens, port, [], {})
    _bench_product("this checkout, 2 processes", postgres_url, opens, port, ["--workers", "2"], {})
    if baseline_rev:
        with _checked_out(baseline_rev) as pythonpath:
            env = {"PYTHONPATH": pythonpath}
            _bench_product(f"revision {baseline_rev}", postgres_url, opens, port, [], env)


def _bench_product(
    label: str, url: str, opens: int, port: int, serve_args: list[str], env: dict[str, str]
) -> None:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    process_env = {
        **os.environ,
        **env,
        "CRONICA_DATABASE_URL": url,
        "CRONICA_DATABASE_SCHEMA": schema,
    }
    try:
        token = _seeded(process_env)
        with _served(process_env, port, serve_args) as base:
            headers = {"Authorization": f"Bearer {token}"}
            with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
                body = {"kind": "customer", "name": "Bench"}
                customer = client.post("/v1/customers", json=body).raise_for_status().json()
                incident = {"customerId": customer["id"], "subject": "Bench", "description": "B"}

                def open_one() -> None:
                    client.post("/v1/incidents", json=incident).raise_for_status()

                for _ in range(20):  # warm-up: connections, caches
                    open_one()
                for clients in CLIENTS:
                    print(f"  {label}, {clients:2d} clients: {_timed(open_one, clients, opens)}")
                print(f"  {label}, paced {PACED_PER_SECOND}/s: {_paced(open_one)}")
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


def _timed(one: Callable[[], None], clients: int, count: int) -> str:
    """`count` calls from `clients` threads: calls/s, p50 and p99 in ms."""
    seconds, latencies = timed_calls(one, clients, count)
    return f"{count / seconds:7.0f}/s  {_percentiles(latencies)}"


def timed_calls(one: Callable[[], None], clients: int, count: int) -> tuple[float, list[float]]:
    """`count` calls from `clients` threads: the seconds they took in all, and each one's."""
    latencies: list[float] = []

    def timed_call(_: int) -> None:
        started = time.perf_counter()
        one()
        latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(timed_call, range(count)))
    return time.perf_counter() - started, latencies


def _paced(one: Callable[[], None]) -> str:
    """Calls scheduled at PACED_PER_SECOND for PACED_SECONDS, from enough threads never to
    queue behind one another; latency counted from each call's scheduled start."""
    count = PACED_PER_SECOND * PACED_SECONDS
    start = time.perf_counter() + 0.1
    latencies: list[float] = []

    def scheduled(n: int) -> None:
        due = start + n / PACED_PER_SECOND
        time.sleep(max(0.0, due - time.perf_counter()))
        one()
        latencies.append(time.perf_counter() - due)

    with ThreadPoolExecutor(32) as pool:
        list(pool.map(scheduled, range(count)))
    return _percentiles(latencies)


def _percentiles(latencies: list[float]) -> str:
    cuts = statistics.quantiles(latencies, n=100)
    return f"p50 {cuts[49] * 1000:6.1f} ms  p99 {cuts[98] * 1000:6.1f} ms"


def _raw_inserts(url: str, clients: int, count: int) -> str:
    """Single-row insert transactions from `clients` threads, one connection each."""
    table = f"raw_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE TABLE {table} (id BIGSERIAL PRIMARY KEY, body TEXT)")
    local = threading.local()
    connections: list[psycopg.Connection[tuple[object, ...]]] = []

    def insert() -> None:
        if not hasattr(local, "connection"):
            local.connection = psycopg.connect(url, autocommit=True)
            connections.append(local.connection)
        with local.connection.transaction():
            local.connection.execute(f"INSERT INTO {table} (body) VALUES (%s)", ("x" * 300,))

    try:
        return _timed(insert, clients, count)
    finally:
        for connection in connections:
            connection.close()
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP TABLE {table}")


def _cli(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "cronica.ops.cli", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _seeded(env: dict[str, str]) -> str:
    """A company and a manager, made by the product's own command line; the manager's token."""
    _cli(env, "company", "add", "default", "--name", "Bench")
    printed = _cli(env, "user", "add", "Bench", "--role", "manager", "--company", "default")
    return next(line.split()[1] for line in printed.splitlines() if line.startswith("token:"))


@contextmanager
def _served(env: dict[str, str], port: int, args: list[str]) -> Iterator[str]:
    serve = ["serve", "--port", str(port), "--no-projections", *args]
    server = subprocess.Popen(
        [sys.executable, "-m", "cronica.ops.cli", *serve],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # several processes start slowly on a busy machine
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"`cronica {' '.join(serve)}` did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextmanager
def _checked_out(rev: str) -> Iterator[str]:
    """The revision in a temporary worktree, importable as `cronica` from the path yielded."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
        try:
            (Path(tmp) / "path").mkdir()
            (Path(tmp) / "path" / "cronica").symlink_to(tree)
            yield str(Path(tmp) / "path")
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True
            )
