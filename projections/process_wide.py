"""Settings of the whole Python process that bulk work (a rebuild) changes while it runs, and
sets back when done; two runners in one process may overlap, so a change is counted: made by
the first holder, undone when the last lets go."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Undo = Callable[[], None]


class WhileHeld:
    """A process-wide change (`make` does it and answers how to undo it) held by a count."""

    def __init__(self, make: Callable[[], Undo]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._holders = 0
        self._undo: Undo = lambda: None

    def hold(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._undo = self._make()
            self._holders += 1

    def let_go(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                self._undo()

    @contextmanager
    def held(self) -> Iterator[None]:
        self.hold()
        try:
            yield
        finally:
            self.let_go()


SENDING_SWITCH_SECONDS = 0.0001
"""The GIL's switch interval while writes are sent in the background (Python's is 0.005)."""


def _short_switches() -> Undo:
    usual = sys.getswitchinterval()
    sys.setswitchinterval(SENDING_SWITCH_SECONDS)
    return lambda: sys.setswitchinterval(usual)


def _collector_paused() -> Undo:
    was_enabled = gc.isenabled()
    gc.disable()
    return gc.enable if was_enabled else lambda: None


SHORT_SWITCHES = WhileHeld(_short_switches)
"""A thread waiting for the GIL gets it within 0.1 ms (`cronica.projections.background_writes`
says why that matters)."""

COLLECTOR_PAUSED = WhileHeld(_collector_paused)
"""Python's cyclic garbage collector held off. A full collection goes through every object the
process holds (about 100,000 in a benchmark's process) and took 55 ms, a quarter of a rebuild of
1,877 events, at a moment of its own choosing. A rebuild's own garbage is freed by reference
counting as it goes; the few cycles it may leave are collected once it is done."""
