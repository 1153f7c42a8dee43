"""The write-path part of the benchmarks (__main__.py): commands over HTTP against real
`cronica serve` processes on PostgreSQL, beside raw single-row insert transactions at the same
concurrency, and the same against another git revision of the product in the same run.

Each product is served with its projections off (`--no-projections`: a command does not wait
for them) on a schema of its own, seeded by its own command line. For 1, 4 and 16 clients:
incidents opened, then a mix of follow-up commands on open incidents (write_commands.py), each as
commands/s, p50, p99, its share of the raw inserts' rate and the CPU each side spent per command
(cpu_time.py); then p99 of opens at a paced 100/s (latency from each open's scheduled start, so
a slow answer delays nothing it should not). The products are served at once, on ports of their
own, and each figure is the median of ROUNDS rounds that take them in turns; with a baseline
revision, each figure's ratio to the baseline's closes the table. The load comes from one lean
asyncio client (http_load.py), so that the CPU goes to the server; the products are served by
served_products.py.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import psycopg

from cronica.ops.benchmarks.cpu_time import CpuMeter
from cronica.ops.benchmarks.http_load import closed_loop, paced
from cronica.ops.benchmarks.served_products import checked_out, seeded, served
from cronica.ops.benchmarks.write_commands import (
    INCIDENTS_PER_CLIENT,
    FollowUpMix,
    opening,
    openings,
)

CLIENTS = (1, 4, 16)
ROUNDS = 3
PACED_PER_SECOND = 100
PACED_SECONDS = 5


def bench_write_path(postgres_url: str, commands: int, port: int, baseline_rev: str | None) -> None:
    """Prints the figures of this checkout (one process and two), and of `baseline_rev`: all
    served at once, each figure measured in ROUNDS rounds that take the products in turns (a
    shared machine's slow minutes then fall on every product alike), its median printed."""
    print(f"write path on PostgreSQL, {commands} commands per figure, median of {ROUNDS} rounds:")
    raw = {clients: _raw_inserts(postgres_url, clients, commands) for clients in CLIENTS}
    for clients, (per_second, latencies) in raw.items():
        print(f"  raw inserts, {clients:2d} clients: {per_second:7.0f}/s  {percentiles(latencies)}")
    two = ["--workers", "2"]
    served: list[tuple[str, list[str], dict[str, str]]] = [
        ("this checkout", [], {}),
        ("this checkout, 2 processes", two, {}),
    ]
    with ExitStack() as stack:
        if baseline_rev:
            pythonpath = stack.enter_context(checked_out(baseline_rev))
            served.append((f"revision {baseline_rev}", [], {"PYTHONPATH": pythonpath}))
        products = [
            stack.enter_context(_ServedProduct.start(label, postgres_url, port + n, args, env))
            for n, (label, args, env) in enumerate(served)
        ]
        medians: dict[tuple[str, str, int], float] = {}
        for clients in CLIENTS:
            for what in ("opens", "mix"):
                rounds: dict[str, list[Figure]] = {p.label: [] for p in products}
                for _ in range(ROUNDS):
                    for product in products:
                        rounds[product.label].append(product.timed(what, clients, commands))
                for product in products:
                    figure = Figure.median(rounds[product.label])
                    medians[(product.label, what, clients)] = figure.per_second
                    row = f"{product.label}, {what:5s} {clients:2d} clients"
                    print(f"  {row}: {figure.line(raw[clients][0])}")
        for product in products:
            print(f"  {product.label}, opens paced {PACED_PER_SECOND}/s: {product.paced()}")
    if baseline_rev:
        _print_ratios(medians, [p.label for p in products[:-1]], products[-1].label)


def _print_ratios(medians: dict[tuple[str, str, int], float], labels: list[str], base: str) -> None:
    for label in labels:
        ratios = "  ".join(
            f"{what} {n}: {medians[(label, what, n)] / medians[(base, what, n)]:.1f}x"
            for what in ("opens", "mix")
            for n in CLIENTS
        )
        print(f"  {label} against {base}: {ratios}")


@dataclass
class _ServedProduct:
    """A product served on a schema of its own, seeded by its own command line, with a customer
    whose incidents the bench opens."""

    label: str
    base: str
    headers: dict[str, str]
    meter: CpuMeter
    customer: str
    technicians: tuple[str, str]

    @classmethod
    @contextmanager
    def start(
        cls, label: str, url: str, port: int, serve_args: list[str], env: dict[str, str]
    ) -> Iterator[_ServedProduct]:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"CREATE SCHEMA {schema}")
        process_env = {
            **os.environ,
            **env,
            "CRONICA_DATABASE_URL": url,
            "CRONICA_DATABASE_SCHEMA": schema,
            "PGAPPNAME": schema,  # names the server's PostgreSQL backends, whose CPU is counted
        }
        try:
            token, technicians = seeded(process_env)
            with served(process_env, port, serve_args) as (base, pid):
                headers = {"Authorization": f"Bearer {token}"}
                with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
                    body = {"kind": "customer", "name": "Bench"}
                    answer = client.post("/v1/customers", json=body).raise_for_status()
                product = cls(
                    label,
                    base,
                    headers,
                    CpuMeter(pid, url, schema),
                    answer.json()["id"],
                    technicians,
                )
                product.open_incidents(20)  # warm-up: connections, caches
                yield product
        finally:
            with psycopg.connect(url, autocommit=True) as connection:
                connection.execute(f"DROP SCHEMA {schema} CASCADE")

    def open_incidents(self, count: int) -> list[str]:
        post = opening(self.customer)
        headers = {**self.headers, "Content-Type": "application/json"}
        with httpx.Client(base_url=self.base, headers=headers, timeout=60) as client:
            return [
                str(client.post(post.path, content=post.body).raise_for_status().json()["id"])
                for _ in range(count)
            ]

    def timed(self, what: str, clients: int, count: int) -> Figure:
        """`count` opens, or commands of the follow-up mix on incidents opened for it."""
        if what == "opens":
            requests = openings(self.customer)
        else:
            incidents = [self.open_incidents(INCIDENTS_PER_CLIENT) for _ in range(clients)]
            requests = FollowUpMix(incidents, self.technicians).requests
        before = self.meter.read()
        per_second, latencies = asyncio.run(
            closed_loop(*_host_port(self.base), self.headers, clients, count, requests)
        )
        return Figure(per_second, latencies, self.meter.read().per_command(before, count))

    def paced(self) -> str:
        count = PACED_PER_SECOND * PACED_SECONDS
        latencies = asyncio.run(
            paced(
                *_host_port(self.base),
                self.headers,
                PACED_PER_SECOND,
                count,
                openings(self.customer)(0),
            )
        )
        return percentiles(latencies)


@dataclass(frozen=True)
class Figure:
    """Commands/s, their latencies and the CPU each side spent per command."""

    per_second: float
    latencies: list[float]
    cpu: str

    @staticmethod
    def median(rounds: list[Figure]) -> Figure:
        """The round of the median rate."""
        return sorted(rounds, key=lambda figure: figure.per_second)[len(rounds) // 2]

    def line(self, raw_per_second: float) -> str:
        share = self.per_second / raw_per_second * 100
        return (
            f"{self.per_second:7.0f}/s  {percentiles(self.latencies)}  "
            f"{share:4.1f} % of raw  {self.cpu}"
        )


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


def _host_port(base: str) -> tuple[str, int]:
    parts = urlsplit(base)
    assert parts.hostname and parts.port, base
    return parts.hostname, parts.port


def percentiles(latencies: list[float]) -> str:
    cuts = statistics.quantiles(latencies, n=100)
    return f"p50 {cuts[49] * 1000:6.1f} ms  p99 {cuts[98] * 1000:6.1f} ms"


def _raw_inserts(url: str, clients: int, count: int) -> tuple[float, list[float]]:
    """Single-row insert transactions from `clients` threads, one connection each: per second,
    and each one's latency."""
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
        seconds, latencies = timed_calls(insert, clients, count)
        return count / seconds, latencies
    finally:
        for connection in connections:
            connection.close()
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP TABLE {table}")
