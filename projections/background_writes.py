"""Held writes (`cronica.projections.write_behind`) sent from a thread of their own while the
projections go on applying events: in a rebuild's big batches the server's work (its COPYs,
about 40 % of a rebuild's CPU) then runs beside the client's instead of after it.

One sending at a time, on the transaction's own connection, in the order taken; the caller
waits for it before anything else uses the connection (a read, the next sending, the commit),
and its error is raised there, so a failed write still fails the transaction."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for

from cronica.projections.write_behind import Taken

SEND_FROM_WRITES = 2000
"""Held writes from which they are sent in the background: a live batch's few never are."""


class BackgroundWrites:
    """Sends taken writes with `send`, one sending at a time, in a thread."""

    def __init__(self, send: Callable[[Taken], None]) -> None:
        self._send = send
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="held-writes")
        self._sending: Future[None] | None = None

    def start(self, taken: Taken) -> None:
        """Sends `taken` once the sending before it is done (raising its error, if any)."""
        self.wait()
        self._sending = self._thread.submit(self._send, taken)

    def wait(self) -> None:
        """Returns when nothing is being sent; raises the error of the last sending."""
        sending, self._sending = self._sending, None
        if sending is not None:
            sending.result()

    def close(self) -> None:
        """Lets a sending end (a transaction failing on another error rolls back after it),
        then ends the thread."""
        if self._sending is not None:
            wait_for([self._sending])
        self._thread.shutdown()
