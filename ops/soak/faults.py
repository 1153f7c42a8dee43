"""The fault schedule, spread evenly over the run: each process kind SIGKILLed and started again,
the soak's PostgreSQL connections terminated, and NATS stopped for a few seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

from cronica.ops.soak.cluster import Cluster, restart
from cronica.ops.soak.processes import ProcessStartError

SECONDS_PER_ROUND = 100


def schedule(cluster: Cluster, nats_down_seconds: float) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("SIGKILL api1", lambda: restart(cluster.apis[0])),
        ("SIGKILL worker", lambda: restart(cluster.worker)),
        ("pg_terminate_backend", cluster.terminate_connections),
        ("SIGKILL relay", lambda: restart(cluster.relay)),
        (f"NATS down {nats_down_seconds:g} s", lambda: restart(cluster.nats, nats_down_seconds)),
        ("SIGKILL api2", lambda: restart(cluster.apis[1])),
    ]


def inject_faults(cluster: Cluster, seconds: float, done: list[str]) -> None:
    """Runs the schedule over `seconds` (once per SECONDS_PER_ROUND begun), appending each fault's
    name to `done` once it is done, with the error if a process did not start again. A fault
    comes late when restarting the previous one took longer than their interval: every fault is
    done, one process starting at a time."""
    rounds = max(1, int(seconds // SECONDS_PER_ROUND))
    faults = rounds * schedule(cluster, nats_down_seconds=min(10.0, max(2.0, seconds / 30)))
    started = time.monotonic()
    for n, (name, fault) in enumerate(faults, start=1):
        time.sleep(max(0.0, started + seconds * n / (len(faults) + 1) - time.monotonic()))
        try:
            fault()
        except ProcessStartError as error:  # the soak fails, but the load and later faults go on
            done.append(f"{name}: {error}")
        else:
            done.append(name)
