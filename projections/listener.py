"""Wakes a runner when PostgreSQL announces new events (the event store NOTIFYs on each save)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg

log = logging.getLogger(__name__)


def listen_for_events(
    conninfo: str, channel: str, wake: Callable[[int], None], stop: threading.Event
) -> None:
    """LISTENs on the channel until `stop`; reconnects after a dropped connection."""
    while not stop.is_set():
        try:
            with psycopg.connect(conninfo, autocommit=True) as connection:
                connection.execute(f'LISTEN "{channel}"')
                wake(0)  # events may have arrived while we were not listening
                while not stop.is_set():
                    for _ in connection.notifies(timeout=0.25, stop_after=1):
                        wake(0)
        except psycopg.Error:
            log.warning("event listener lost its connection; reconnecting", exc_info=True)
            stop.wait(1.0)
