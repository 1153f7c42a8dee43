"""An API process runs at most `commands_at_once` commands at a time; the others wait their turn
on the event loop and are then carried out, none refused or lost."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest

from cronica.commands.fresh_reads import fresh_reads
from cronica.commands.http import routes
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import running_api

SLOTS = 2
SENT_AT_ONCE = 6


class Overlap:
    """How many commands ran at once, at most."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.running = self.most = 0

    @contextmanager
    def slow_command(self) -> Iterator[None]:
        """Wraps each command's run (routes.fresh_reads) and makes it last long enough for the
        others sent meanwhile to pile up."""
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.05)
            with fresh_reads():
                yield
        finally:
            with self._lock:
                self.running -= 1


def test_commands_beyond_the_slots_wait_their_turn_and_are_all_carried_out(
    sqlite_only_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    overlap = Overlap()
    settings = sqlite_only_settings.model_copy(update={"commands_at_once": SLOTS})
    with running_api(settings) as api:
        customer = api.customer()
        monkeypatch.setattr(routes, "fresh_reads", overlap.slow_command)
        with ThreadPoolExecutor(SENT_AT_ONCE) as pool:
            opened = list(pool.map(lambda _: api.incident(customer), range(SENT_AT_ONCE)))

    assert len(set(opened)) == SENT_AT_ONCE
    assert overlap.most == SLOTS
