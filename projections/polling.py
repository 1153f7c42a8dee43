"""The loop shared by the background runners (projections, reactions): catch up, then sleep until
woken or the poll interval passes; after a failure, retry with a growing pause."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


def run_until_stopped(
    catch_up: Callable[[], object],
    wake: threading.Event,
    stop: threading.Event,
    *,
    poll_seconds: float,
    gather_seconds: float = 0.0,
    longest_pause: float = 10.0,
    what: str,
) -> None:
    """Runs `catch_up` until `stop` is set. A failure (a dropped connection) is logged and
    retried from where the runner's stored positions say, so nothing is skipped."""
    backoff = poll_seconds
    while not stop.is_set():
        try:
            catch_up()
            backoff = poll_seconds
        except Exception:
            log.exception("%s failed; retrying in %.1fs", what, backoff)
            stop.wait(backoff)
            backoff = min(backoff * 2, longest_pause)
            continue
        if wake.wait(poll_seconds) and gather_seconds:
            # Let a burst of saves gather into one batch: under load each save would otherwise
            # cost a batch of its own.
            stop.wait(gather_seconds)
        wake.clear()
