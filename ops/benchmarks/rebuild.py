"""The rebuild part of the benchmarks (__main__.py): how fast `runner.rebuild` re-applies
the whole event store to each projection, and to all of them one after another, beside how fast
the event store alone is read (and read and decoded into domain events), in the same batches."""

from __future__ import annotations

import time

from cronica.ops.container import Container


def bench_rebuilds(label: str, container: Container) -> None:
    runner = container.runner
    events = container.application.recorder.max_notification_id() or 0
    read, decoded = _read_event_store(container)
    print(
        f"{label}: event store ({events} events) read {read:9.0f} events/s, "
        f"read and decoded {decoded:9.0f} events/s"
    )
    total_seconds = 0.0
    for projection in runner.projections:
        started = time.perf_counter()
        applied = runner.rebuild(projection.name)
        seconds = time.perf_counter() - started
        total_seconds += seconds
        print(f"{label}:   rebuild {projection.name:<24} {applied / seconds:9.0f} events/s")
    print(
        f"{label}: rebuild of all {len(runner.projections)} projections, one after another: "
        f"{events / total_seconds:9.0f} events/s ({total_seconds:.2f} s)"
    )


def _read_event_store(container: Container) -> tuple[float, float]:
    """Events per second reading the notification log as the runner does (its batch size), and
    reading and decoding it; after one unmeasured read, so that neither runs on a cold cache."""
    recorder, mapper = container.application.recorder, container.application.mapper
    batch = container.runner.log.batch_size
    speeds = []
    for decode in (False, False, True):
        started, position, count = time.perf_counter(), 0, 0
        while notifications := recorder.select_notifications(
            start=position, limit=batch, inclusive_of_start=False
        ):
            if decode:
                for notification in notifications:
                    mapper.to_domain_event(notification)
            position, count = notifications[-1].id, count + len(notifications)
        speeds.append(count / (time.perf_counter() - started))
    return speeds[1], speeds[2]
