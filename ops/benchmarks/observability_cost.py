"""What metrics, logs and traces cost on the write path: incidents opened over HTTP against
four `cronica serve` processes on PostgreSQL, up at once and measured in interleaved rounds
(the order turning each round), so that the machine's noise falls on all of them alike:

- without: `--baseline-rev`, a revision before the instrumentation, served from a temporary
  worktree (write_path.py's machinery);
- metrics and logs: this checkout as it runs by default;
- metrics, logs and traces: this checkout with `CRONICA_OTEL_ENDPOINT` at a local OTLP sink that
  takes every batch of spans (and counts them, to show tracing was on);
- the same with one trace in ten sampled (OpenTelemetry's `OTEL_TRACES_SAMPLER` variables).

Per variant: opens/s (median of the rounds), the server's CPU time per open (from /proc: less
noisy than time on a shared machine), p50 and p99; and each against the first.

    .venv/bin/python -m cronica.ops.benchmarks.observability_cost --baseline-rev f60909b
"""

from __future__ import annotations

import argparse
import os
import statistics
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import httpx
import psycopg

from cronica.ops.benchmarks.served_products import checked_out, seeded, served
from cronica.ops.benchmarks.write_path import percentiles, timed_calls

CLIENTS = 4
ONE_IN_TEN = {"OTEL_TRACES_SAMPLER": "parentbased_traceidratio", "OTEL_TRACES_SAMPLER_ARG": "0.1"}
"""OpenTelemetry's own variables: a sampled trace keeps its spans, the others make none."""
TICKS = os.sysconf("SC_CLK_TCK")


@contextmanager
def trace_sink() -> Iterator[tuple[str, list[int]]]:
    """An OTLP/HTTP endpoint on loopback that answers every export with success; its URL and
    the sizes of the exports it took."""
    taken: list[int] = []

    class Sink(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            taken.append(len(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", taken
    finally:
        server.shutdown()


def server_cpu_seconds(port: int) -> float:
    """User and system CPU time of the `cronica serve` child of this process on `port`."""
    wanted = f"serve\0--port\0{port}\0".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if wanted not in (entry / "cmdline").read_bytes():
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == os.getpid():
            return (int(fields[11]) + int(fields[12])) / TICKS
    raise LookupError(f"no `cronica serve --port {port}` child")


def opens_of(base: str, token: str, stack: ExitStack) -> Callable[[], None]:
    """A call opening one incident on the product at `base`."""
    client = stack.enter_context(
        httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    )
    body = {"kind": "customer", "name": "Bench"}
    customer = client.post("/v1/customers", json=body).raise_for_status().json()["id"]
    incident = {"customerId": customer, "subject": "Bench", "description": "B"}

    def open_one() -> None:
        client.post("/v1/incidents", json=incident).raise_for_status()

    return open_one


Round = tuple[float, float, list[float]]


def one_round(open_one: Callable[[], None], port: int, opens: int) -> Round:
    """Opens/s, server CPU ms per open, and each open's latency."""
    cpu = server_cpu_seconds(port)
    seconds, latencies = timed_calls(open_one, CLIENTS, opens)
    return opens / seconds, (server_cpu_seconds(port) - cpu) * 1000 / opens, latencies


def bench(url: str, baseline_rev: str, opens: int, rounds: int, port: int) -> None:
    with ExitStack() as stack:
        sink, taken = stack.enter_context(trace_sink())
        pythonpath = stack.enter_context(checked_out(baseline_rev))
        variants = [
            (f"without (revision {baseline_rev})", {"PYTHONPATH": pythonpath}),
            ("metrics and logs", {}),
            ("metrics, logs and traces", {"CRONICA_OTEL_ENDPOINT": sink}),
            ("metrics, logs and 1 in 10 traces", {"CRONICA_OTEL_ENDPOINT": sink, **ONE_IN_TEN}),
        ]
        calls = []
        for offset, (_, env) in enumerate(variants):
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(url, autocommit=True) as connection:
                connection.execute(f"CREATE SCHEMA {schema}")
            stack.callback(_drop, url, schema)
            process_env = {
                **{k: v for k, v in os.environ.items() if not k.startswith("CRONICA_")},
                **env,
                "CRONICA_DATABASE_URL": url,
                "CRONICA_DATABASE_SCHEMA": schema,
            }
            base, _ = stack.enter_context(served(process_env, port + offset, []))
            token, _ = seeded(process_env)
            calls.append(opens_of(base, token, stack))
        for call in calls:
            for _ in range(50):  # warm-up: connections, caches
                call()
        figures: list[list[Round]] = [[] for _ in variants]
        for turn in range(rounds):
            for i in [(turn + k) % len(variants) for k in range(len(variants))]:
                figures[i].append(one_round(calls[i], port + i, opens))
        print(f"write path, {rounds} interleaved rounds of {opens} opens, {CLIENTS} clients:")
        first_rate = first_cpu = 0.0
        for (label, _), rounds_of in zip(variants, figures, strict=True):
            rate = statistics.median(r for r, _, _ in rounds_of)
            cpu = statistics.median(c for _, c, _ in rounds_of)
            latencies = [latency for _, _, each in rounds_of for latency in each]
            first_rate, first_cpu = first_rate or rate, first_cpu or cpu
            print(
                f"  {label:38s} {rate:6.0f} opens/s ({rate / first_rate:5.1%})  "
                f"server CPU {cpu:5.2f} ms/open ({cpu / first_cpu:6.1%})  {percentiles(latencies)}"
            )
        print(f"  the trace sink took {len(taken)} exports, {sum(taken) // 1024} KiB")


def _drop(url: str, schema: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline-rev", required=True, help="a revision without the metrics")
    parser.add_argument("--opens", type=int, default=300, help="opens per variant and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--port", type=int, default=8775)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CRONICA_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1/test"
        ),
    )
    args = parser.parse_args()
    bench(args.postgres, args.baseline_rev, args.opens, args.rounds, args.port)


if __name__ == "__main__":
    main()
