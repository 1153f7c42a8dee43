"""A follower of the event log as this process runs it, observed: events handled and failed
batches counted (`Metrics`), and whether it is failing now, for readiness."""

from __future__ import annotations

import time
from dataclasses import dataclass

from cronica.ops.observability.metrics import Metrics
from cronica.projections.follower import Follower


@dataclass
class ObservedFollower:
    """Runs `follower`'s batches under the name `loop` (`read_models`, `reactions`, `relay`)."""

    follower: Follower
    loop: str
    metrics: Metrics
    failing_since: float | None = None
    """When the batches began to fail (monotonic seconds), None while they succeed."""
    last_error: str = ""

    def follow_batch(self) -> int:
        try:
            handled = self.follower.follow_batch()
        except Exception as error:
            self.metrics.follower_failures.labels(self.loop).inc()
            if self.failing_since is None:
                self.failing_since = time.monotonic()
            self.last_error = f"{type(error).__name__}: {error}"[:300]
            raise
        self.failing_since = None
        if handled:
            self.metrics.followed.labels(self.loop).inc(handled)
        return handled

    def failing_for(self) -> float:
        """Seconds since its batches began to fail (0: they succeed)."""
        return 0.0 if self.failing_since is None else time.monotonic() - self.failing_since
