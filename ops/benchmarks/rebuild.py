"""The rebuild part of the benchmarks (__main__.py): how fast `runner.rebuild` re-applies the
whole event store to all projections in one pass, and to each alone, beside how fast the event
store alone is read (and read and decoded into domain events) in the same run, in the same
batches as the rebuild."""

from __future__ import annotations

import time
from dataclasses import replace
from statistics import median
from uuid import UUID

from cronica.commands.application import CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.identity import cli_request
from cronica.commands.incidents import open_incident
from cronica.commands.models.incidents import OpenIncident
from cronica.commands.results import Principal
from cronica.ops.container import Container
from cronica.projections.rebuild import REBUILD_BATCH_SIZE

ALL_REBUILDS = 5
"""Rebuilds of all projections timed, one after another: one lasts a fraction of a second, in
which this machine's speed swings by half; the first is of read models that a live runner
filled, the others of those the rebuild before filled."""


def bench_rebuilds(label: str, container: Container) -> None:
    runner = container.runner
    events = container.application.recorder.max_notification_id() or 0
    read, decoded = _read_event_store(container)
    print(
        f"{label}: event store ({events} events) read {read:9.0f} events/s, "
        f"read and decoded {decoded:9.0f} events/s (the baseline)"
    )
    names = [projection.name for projection in runner.projections]
    speeds: list[float] = []
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(ALL_REBUILDS):
        started, cpu = time.perf_counter(), time.process_time()
        applied = runner.rebuild(*names)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        speeds.append(applied / walls[-1])
    print(
        f"{label}: rebuild of all {len(names)} projections in one pass: "
        f"{median(speeds):9.0f} events/s (median of {ALL_REBUILDS}: {median(walls):.2f} s,"
        f" {median(cpus):.2f} s of it this process's CPU;"
        f" {median(speeds) / decoded:.0%} of reading and decoding;"
        f" each: {', '.join(f'{speed:.0f}' for speed in speeds)})"
    )
    for name in names:
        started = time.perf_counter()
        applied = runner.rebuild(name)
        seconds = time.perf_counter() - started
        print(f"{label}:   rebuild {name:<24} {applied / seconds:9.0f} events/s")


def _read_event_store(container: Container) -> tuple[float, float]:
    """Events per second reading the notification log in a rebuild's batches, and reading and
    decoding it; after one unmeasured read, so that neither runs on a cold cache."""
    log = container.runner.log
    log = replace(log, batch_size=max(log.batch_size, REBUILD_BATCH_SIZE))
    speeds = []
    for decode in (False, False, True):
        started, position, count = time.perf_counter(), 0, 0
        while notifications := log.recorder.select_notifications(
            start=position, limit=log.batch_size, inclusive_of_start=False
        ):
            if decode:
                for notification in notifications:
                    log.mapper.to_domain_event(notification)
            position, count = notifications[-1].id, count + len(notifications)
        speeds.append(count / (time.perf_counter() - started))
    return speeds[1], speeds[2]


def open_incidents(app: CronicaApplication, who: Principal, customer_id: UUID, count: int) -> None:
    """`count` incidents opened through the application, as the whole run opens them over HTTP
    (`--rebuild-only`)."""
    command = OpenIncident(customer_id=customer_id, subject="Bench", description="Benchmark")
    for _ in range(count):
        open_incident(CommandCall(app, who, cli_request()), command)
