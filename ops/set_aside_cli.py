"""The `cronica set-aside` sub-commands: the events a projection could not apply, listed and
applied again (`cronica.projections.set_aside`)."""

from __future__ import annotations

import argparse

from cronica.ops.container import Container
from cronica.ops.settings import Settings
from cronica.projections.set_aside.queries import set_aside_events
from cronica.projections.set_aside.rows import SetAsideEvent


def described(entry: SetAsideEvent) -> str:
    """One line: projection, position, record id, event type and error."""
    return (
        f"{entry.projection} {entry.position} {entry.record_id} {entry.event_type} "
        f"{entry.error_class}: {entry.error}"
    )


def list_set_aside(settings: Settings, args: argparse.Namespace) -> int:
    container = Container.build(settings)
    try:
        if args.projection is not None:
            container.runner.projection(args.projection)  # refuses an unknown name
        events = set_aside_events(container.store, projection=args.projection)
    finally:
        container.close()
    for entry in events:
        print(described(entry))
    if not events:
        print("no events set aside")
    return 0


def retry_set_aside(settings: Settings, args: argparse.Namespace) -> int:
    container = Container.build(settings)
    try:
        outcome = container.runner.retry_set_aside(args.projection)
    finally:
        container.close()
    for entry in outcome.applied:
        print(f"applied {entry.projection} {entry.position} {entry.record_id} {entry.event_type}")
    for entry in outcome.still_failing:
        print(f"still set aside {described(entry)}")
    print(
        f"retried {len(outcome.applied) + len(outcome.still_failing)} events: "
        f"{len(outcome.applied)} applied, {len(outcome.still_failing)} still set aside"
    )
    return 0
