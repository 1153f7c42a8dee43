"""Held writes (`cronica.projections.write_behind`) sent from a thread of their own while the
projections go on applying events: in a rebuild's big batches the server's work (its COPYs,
about 40 % of a rebuild's CPU) then runs beside the client's instead of after it.

Sendings are queued, never waited for when started: the applying thread goes on while the
server works through them, one at a time, on the transaction's own connection, in the order
started. The caller waits for them all before anything else uses the connection (a read, the
commit), and the first error is raised there, so a failed write still fails the transaction.

The sending thread needs the GIL between two round trips; with the default switch interval it
waited up to 5 ms each time behind the applying thread while the server sat idle, and client
and server took turns instead of working together (a rebuild's wall time was the sum of their
CPU). While sendings are queued the interval is short (`process_wide.SHORT_SWITCHES`), and
set back once none is left.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import Generic, TypeVar

from cronica.projections.process_wide import SHORT_SWITCHES

SEND_FROM_WRITES = 2000
"""Held writes from which they are sent in the background: a live batch's few never are."""

Sending = TypeVar("Sending")


class BackgroundWrites(Generic[Sending]):
    """Sends what it is given with `send`, in order, one at a time, in a thread."""

    def __init__(self, send: Callable[[Sending], None]) -> None:
        self._send = send
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="held-writes")
        self._queued: list[Future[None]] = []
        self._short_switches = False

    def start(self, sending: Sending) -> None:
        """Queues `sending` behind those started before it."""
        if not self._short_switches:
            SHORT_SWITCHES.hold()
            self._short_switches = True
        self._queued.append(self._thread.submit(self._send, sending))

    def wait(self) -> None:
        """Returns when nothing is queued; raises the error of the first sending that failed
        (those after it are not made: each one's writes may depend on those before)."""
        queued, self._queued = self._queued, []
        try:
            for sending in queued:
                if sending.exception() is not None:
                    for later in queued:
                        later.cancel()
                    wait_for(queued)
                    sending.result()
        finally:
            self._end_short_switches()

    def close(self) -> None:
        """Lets queued sendings end (a transaction failing on another error rolls back after
        them), then ends the thread."""
        for sending in self._queued:
            sending.cancel()
        wait_for(self._queued)
        self._queued = []
        self._thread.shutdown()
        self._end_short_switches()

    def _end_short_switches(self) -> None:
        if self._short_switches:
            SHORT_SWITCHES.let_go()
            self._short_switches = False
