"""A progress bar on a terminal for long CLI work (a rebuild): done / total, rate and time left,
redrawn in place on one line. Small enough not to be worth a dependency."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30


class ProgressBar:
    """Draws `done` events of about `total` (positions stand for events: the log's ids have few
    gaps) on `stream`, which should be a terminal; `close` ends the line."""

    def __init__(
        self, total: int, stream: TextIO, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.clock = clock
        self.started = clock()

    def __call__(self, done: int, position: int) -> None:
        fraction = min(position / self.total, 1.0)
        seconds = max(self.clock() - self.started, 1e-9)
        rate = done / seconds
        left = (self.total - position) / rate if rate and position < self.total else 0.0
        filled = round(fraction * WIDTH)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {position:,}/{self.total:,} events"
            f"  {rate:,.0f}/s  ETA {left:.0f}s "
        )
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
