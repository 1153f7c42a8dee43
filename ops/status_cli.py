"""`cronica status`: every follower of the event log (read models, reactions, the relay) as a
table read from the database: position, lag in events and seconds, set-aside events; the same
figures the metrics and the readiness checks give (`observability.follower_status`)."""

from __future__ import annotations

import argparse

from cronica.ops.container import Container
from cronica.ops.observability.follower_status import FollowerStatus, log_status
from cronica.ops.relay import RELAY_POSITION
from cronica.ops.settings import Settings

COLUMNS = ("follower", "kind", "position", "lag (events)", "lag (s)", "set aside")


def _cells(follower: FollowerStatus) -> tuple[str, ...]:
    return (
        follower.name,
        follower.kind,
        str(follower.position),
        str(follower.lag_events),
        f"{follower.lag_seconds:.1f}",
        str(follower.set_aside),
    )


def table(rows: list[tuple[str, ...]]) -> str:
    """Left-aligned text columns, numbers right-aligned, two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def print_status(settings: Settings, _args: argparse.Namespace) -> int:
    container = Container.build(settings)
    try:
        status = log_status(container.application, container.store)
    finally:
        container.close()
    print(f"event store position: {status.head}")
    print(table([COLUMNS, *(_cells(follower) for follower in status.followers)]))
    relayed = any(follower.name == RELAY_POSITION for follower in status.followers)
    if settings.nats_url and not relayed:
        print("relay: has never run (start `cronica relay`)")
    return 0
