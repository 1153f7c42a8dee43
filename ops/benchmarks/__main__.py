"""Benchmarks, run by hand (`make bench`), never by the test suite. Each figure is printed beside
a raw baseline measured in the same run on the same database.

- commands/s: incidents opened over HTTP against a real `cronica serve` process, with 4 client
  threads; baseline: single-row INSERT transactions from one thread on the same database;
- write path (write_path.py): opens/s and a mix of keyed follow-up commands/s, p50 and p99
  with 1, 4 and 16 clients on PostgreSQL, with the CPU each side spent per command, and p99 at
  100 opens/s; baseline: raw inserts at the same concurrency, and `--baseline-rev`'s product
  served the same way in the same run. `--write-path-only` runs just this;
- read latency (read_api.py): median and p99 of GraphQL reads of a week's agenda of
  one user and of a page of 100 tasks, from the same server; baseline: the same rows from the plain
  JSON endpoints of graphql/http/json_reads.py, read in turns with GraphQL; the ratios of the
  100-task page on SQLite and on PostgreSQL are printed side by side;
- rebuild events/s (rebuild.py): `runner.rebuild` of all projections in one pass and of each;
  baseline: reading (and decoding) the same notifications without applying them.
  `--rebuild-only` runs just these, on a store of the same size (incidents opened without HTTP);
- query attacks (query_attacks.py): time per answer to GraphQL queries built to be costly, the
  server's memory before and after, /health meanwhile; baseline: a plain small query.
  `--attacks-only` runs just these (on a hundred customers);
- record loads (record_load.py): a 10,099-event incident loaded uncached from its snapshot;
  baseline: the full replay of its events.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg

from cronica.commands.call import CommandCall
from cronica.commands.customers import create_customer
from cronica.commands.identity import add_user, authenticate, cli_request, ensure_company
from cronica.commands.models.customers import CreateCustomer
from cronica.ops.benchmarks import POSTGRES_URL
from cronica.ops.benchmarks.lag import bench_lag
from cronica.ops.benchmarks.query_attacks import AttackSizes, bench_query_attacks, seed_customers
from cronica.ops.benchmarks.read_api import (
    TASK_PAGE,
    bench_read_api,
    seed_week,
    wait_for_position,
)
from cronica.ops.benchmarks.rebuild import bench_rebuilds, open_incidents
from cronica.ops.benchmarks.record_load import bench_record_loads
from cronica.ops.benchmarks.write_path import bench_write_path
from cronica.ops.container import Container
from cronica.ops.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--tasks", type=int, default=150, help="tasks in the agenda's week")
    parser.add_argument("--reads", type=int, default=300, help="reads timed per query")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--lag-commands", type=int, default=600, help="commands of the lag bench")
    parser.add_argument("--lag-rate", type=float, default=60, help="their rate, per second")
    parser.add_argument("--attacks-only", action="store_true", help="only the query attacks")
    parser.add_argument("--write-path-only", action="store_true", help="only the write path")
    parser.add_argument("--opens", type=int, default=600, help="commands per write-path figure")
    parser.add_argument("--record-events", type=int, default=10_099, help="the long record's")
    parser.add_argument("--record-loads", type=int, default=20, help="loads timed of it")
    parser.add_argument("--baseline-rev", help="git revision whose write path is measured too")
    parser.add_argument(
        "--rebuild-only",
        action="store_true",
        help="only the rebuilds, of as many incidents as the whole run opens, opened without HTTP",
    )
    for size, default in vars(AttackSizes()).items():
        parser.add_argument(f"--{size.replace('_', '-')}", type=int, default=default)
    args = parser.parse_args()
    if args.write_path_only:
        bench_write_path(POSTGRES_URL, args.opens, args.port, args.baseline_rev)
        return
    read_ratios = {}
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = Settings(database_url=f"sqlite:///{tmp}/bench.sqlite3", var_dir=Path(tmp))
        read_ratios["SQLite"] = bench_database(
            "SQLite", sqlite, args, lambda n: _sqlite_raw(tmp, n)
        )
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        postgres = Settings(database_url=POSTGRES_URL, database_schema=schema)
        read_ratios["PostgreSQL"] = bench_database(
            "PostgreSQL", postgres, args, _postgres_raw(schema)
        )
        if not args.rebuild_only:
            _print_read_ratios(read_ratios)
            bench_write_path(POSTGRES_URL, args.opens, args.port, args.baseline_rev)
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")
    if not (args.attacks_only or args.rebuild_only):
        bench_record_loads(args.record_events, args.record_loads)


def bench_database(
    label: str, settings: Settings, args: argparse.Namespace, raw: Callable[[int], float]
) -> dict[str, float]:
    """Every figure on one database; answers the read benchmark's GraphQL/JSON ratios."""
    container = Container.build(settings)
    ensure_company(container.application, settings.company, "Bench")
    user = add_user(container.application, settings.company, "Bench", "manager")
    who = authenticate(container.application, user.token)
    customer = create_customer(
        CommandCall(container.application, who, cli_request()),
        CreateCustomer(kind="customer", name="Bench"),
    )
    seed_customers(container.application, who, 100)
    container.close()
    sizes = AttackSizes(**{size: getattr(args, size) for size in vars(AttackSizes())})
    if args.attacks_only:
        with serving(settings, args.port) as (base, pid):
            bench_query_attacks(label, base, user.token, pid, sizes)
        return {}
    container = Container.build(settings)
    seed_week(container.application, who, str(customer.id), args.tasks)
    if args.rebuild_only:
        opened = args.commands + (args.lag_commands if settings.database_schema else 0)
        open_incidents(container.application, who, customer.id, opened)
        container.runner.catch_up()
        bench_rebuilds(label, container)
        container.close()
        return {}
    container.close()
    baseline = raw(args.commands)
    with serving(settings, args.port) as (base, pid):
        count = args.commands
        per_second, position = _open_incidents_over_http(base, user.token, str(customer.id), count)
        print(
            f"{label}: {per_second:8.0f} incidents opened/s over HTTP  "
            f"(raw single-row insert transactions: {baseline:8.0f}/s)"
        )
        wait_for_position(base, user.token, position)
        read_ratios = bench_read_api(label, base, user.token, str(who.user_id), args.reads)
        bench_query_attacks(label, base, user.token, pid, sizes)
    if settings.database_schema:  # PostgreSQL: the projections in a `cronica worker` process
        with serving(settings, args.port, worker=True) as (base, _):
            lag = (args.lag_commands, args.lag_rate)
            bench_lag(
                label,
                base,
                user.token,
                str(customer.id),
                POSTGRES_URL,
                settings.database_schema,
                *lag,
            )
    container = Container.build(settings)
    try:
        bench_rebuilds(label, container)
    finally:
        container.close()
    return read_ratios


def _print_read_ratios(ratios: dict[str, dict[str, float]]) -> None:
    """The GraphQL/JSON ratio of the 100-task page on each database, side by side."""
    shown = [f"{label} {by_read[TASK_PAGE]:.2f}x" for label, by_read in ratios.items() if by_read]
    if shown:
        print(f"GraphQL/JSON, {TASK_PAGE} (medians; at most 2x wanted): {', '.join(shown)}")


@contextmanager
def serving(settings: Settings, port: int, worker: bool = False) -> Iterator[tuple[str, int]]:
    """A `cronica serve` process on the settings' database (projections in it, or with
    `worker` in a `cronica worker` process beside it), with the benchmark's JSON reads, until
    the block ends; yields its base URL and process id."""
    env = {
        **os.environ,
        "CRONICA_DATABASE_URL": settings.database_url or "",
        "CRONICA_BENCHMARK_ENDPOINTS": "true",  # the JSON reads the read latency is compared with
    }
    if settings.database_schema:
        env["CRONICA_DATABASE_SCHEMA"] = settings.database_schema
    cli = [sys.executable, "-m", "cronica.ops.cli"]
    serve = [*cli, "serve", "--port", str(port), *(["--no-projections"] if worker else [])]
    quiet = {"env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen(serve, **quiet)]  # type: ignore[call-overload]
    if worker:
        processes.append(subprocess.Popen([*cli, "worker"], **quiet))  # type: ignore[call-overload]
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base)
        yield base, processes[0].pid
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def _open_incidents_over_http(
    base: str, token: str, customer_id: str, count: int
) -> tuple[float, int]:
    """Incidents opened per second, and the event store position of the last one."""
    body = {"customerId": customer_id, "subject": "Bench", "description": "Benchmark"}
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:

        def one(_: int) -> int:
            response = client.post("/v1/incidents", json=body).raise_for_status()
            position: int = response.json()["position"]
            return position

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=4) as pool:
            last = max(pool.map(one, range(count)))
        return count / (time.perf_counter() - started), last


def _wait_until_up(base: str) -> None:
    for _ in range(100):
        try:
            if httpx.get(f"{base}/health").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def _sqlite_raw(tmp: str, count: int) -> float:
    connection = sqlite3.connect(f"{tmp}/raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE raw (id INTEGER PRIMARY KEY, body TEXT)")
    started = time.perf_counter()
    for _ in range(count):
        connection.execute("BEGIN")
        connection.execute("INSERT INTO raw (body) VALUES (?)", ("x" * 300,))
        connection.execute("COMMIT")
    connection.close()
    return count / (time.perf_counter() - started)


def _postgres_raw(schema: str) -> Callable[[int], float]:
    def measure(count: int) -> float:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f"CREATE TABLE {schema}.raw (id BIGSERIAL PRIMARY KEY, body TEXT)")
            started = time.perf_counter()
            for _ in range(count):
                with connection.transaction():
                    connection.execute(f"INSERT INTO {schema}.raw (body) VALUES (%s)", ("x" * 300,))
            return count / (time.perf_counter() - started)

    return measure


if __name__ == "__main__":
    main()
