"""Waiting for projections run by another thread or process to reach the end of the event store."""

from __future__ import annotations

import time

from cronica.commands.application import CronicaApplication
from cronica.projections.positions import all_positions
from cronica.projections.store import ReadStore


def positions_of(store: ReadStore, names: list[str]) -> list[int]:
    positions = all_positions(store)
    return [positions.get(name, 0) for name in names]


def wait_until_caught_up(
    app: CronicaApplication, store: ReadStore, names: list[str], seconds: float = 20.0
) -> None:
    """Returns once every named projection has applied the last event stored; fails after
    `seconds`."""
    last = app.recorder.max_notification_id() or 0
    deadline = time.monotonic() + seconds
    while min(positions_of(store, names)) < last:
        assert time.monotonic() < deadline, f"positions {positions_of(store, names)} < {last}"
        time.sleep(0.02)
