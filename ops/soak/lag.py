"""How far the worker's read models and the relay are behind the event store, in events, sampled
during the run; and the wait for both to catch up once the load stops."""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass, field

from cronica.ops.container import Container
from cronica.ops.relay import RELAY_POSITION
from cronica.projections.positions import all_positions


@dataclass
class LagSampler:
    container: Container
    projections: list[int] = field(default_factory=list)
    relay: list[int] = field(default_factory=list)

    def behind(self) -> tuple[int, int]:
        """Events the slowest read model or reaction, and the relay, are behind the store."""
        last = self.container.application.recorder.max_notification_id() or 0
        positions = all_positions(self.container.store)
        relay = positions.pop(RELAY_POSITION, 0)
        return last - min(positions.values(), default=0), last - relay

    def sample(self, stop: threading.Event, every_seconds: float = 0.5) -> None:
        while not stop.wait(every_seconds):
            projections, relay = self.behind()
            self.projections.append(projections)
            self.relay.append(relay)

    def caught_up(self, timeout: float) -> float | None:
        """Waits until nothing is behind twice in a row; the seconds it took, or None."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.behind() == (0, 0):
                time.sleep(0.5)  # reactions may write after the worker caught up
                if self.behind() == (0, 0):
                    return time.monotonic() - started
            time.sleep(0.2)
        return None


def percentiles(samples: list[int]) -> dict[str, int]:
    if len(samples) < 2:
        return {"p50": samples[0] if samples else 0, "p99": samples[0] if samples else 0}
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49]), "p99": round(cuts[98]), "max": max(samples)}
