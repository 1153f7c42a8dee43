"""The read-model lag part of the benchmarks (__main__.py): how long after a command's answer
every read model shows it, with the projections in a `cronica worker` process of their own.

Commands are sent over HTTP at a steady rate, one at a time; a watcher thread reads the lowest
position of `projection_positions` every POLL_SECONDS, and a command's lag is the time from its
answer to the first reading at or past its position (so each figure is late by at most one
poll interval).
"""

from __future__ import annotations

import statistics
import threading
import time

import httpx
import psycopg

POLL_SECONDS = 0.002
PATIENCE_SECONDS = 10.0
"""How long a command's position is waited for before the bench says it never arrived."""


def bench_lag(
    label: str,
    base: str,
    token: str,
    customer_id: str,
    url: str,
    schema: str,
    count: int,
    rate: float,
) -> None:
    """Prints p50, p99 and max of the lag of `count` incidents opened at `rate` per second."""
    body = {"customerId": customer_id, "subject": "Lag", "description": "Benchmark"}
    watcher = _Watcher(url, schema)
    watcher.start()
    answered: list[tuple[float, int]] = []
    try:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
            started = time.perf_counter()
            for n in range(count):
                time.sleep(max(0.0, started + n / rate - time.perf_counter()))
                response = client.post("/v1/incidents", json=body).raise_for_status()
                answered.append((time.perf_counter(), int(response.json()["position"])))
        lags = [watcher.lag(at, position) * 1000 for at, position in answered]
    finally:
        watcher.stop()
    p50, p99 = statistics.median(lags), statistics.quantiles(lags, n=100)[98]
    print(
        f"{label}: read-model lag at {rate:.0f} commands/s over HTTP ({count} commands, worker "
        f"process): p50 {p50:6.1f} ms, p99 {p99:6.1f} ms, max {max(lags):6.1f} ms"
    )


class _Watcher(threading.Thread):
    """Records when the lowest projection position first reached each value."""

    def __init__(self, url: str, schema: str) -> None:
        super().__init__(daemon=True)
        self._url = url
        self._schema = schema
        self._readings: list[tuple[float, int]] = []
        self._changed = threading.Condition()
        self._stopping = threading.Event()

    def run(self) -> None:
        with psycopg.connect(self._url, autocommit=True) as connection:
            query = f"SELECT min(position) FROM {self._schema}.projection_positions"
            while not self._stopping.is_set():
                row = connection.execute(query).fetchone()
                lowest = int(row[0]) if row and row[0] is not None else 0
                with self._changed:
                    if not self._readings or lowest > self._readings[-1][1]:
                        self._readings.append((time.perf_counter(), lowest))
                        self._changed.notify_all()
                time.sleep(POLL_SECONDS)

    def lag(self, answered_at: float, position: int) -> float:
        """Seconds from `answered_at` to the first reading at or past `position`."""
        with self._changed:
            if not self._changed.wait_for(
                lambda: bool(self._readings) and self._readings[-1][1] >= position,
                PATIENCE_SECONDS,
            ):
                raise RuntimeError(f"the read models never reached position {position}")
            seen = next(at for at, lowest in self._readings if lowest >= position)
        return max(0.0, seen - answered_at)

    def stop(self) -> None:
        self._stopping.set()
        self.join()
