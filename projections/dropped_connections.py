"""Recovering at once when PostgreSQL drops a pool's connections (a restart, a failover,
`pg_terminate_backend`).

No connection is pinged before use: a pre-ping costs a round trip on every checkout, and
psycopg_pool's check backs off 1, 2, 4, 8... seconds per dead connection it finds, all on one
caller (30 s for a process's idle connections). Instead, the first statement on a dropped
connection fails, psycopg_pool discards that connection when it is given back, and
`noticing_drops` tests the pool's other idle connections at that moment (a server that drops one
has usually dropped them all), so that the caller's next attempt gets a live one: the event
store's recorders retry, the followers of the event log retry at once, and read store queries
retry once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)


class ConnectionDroppedError(psycopg.OperationalError):
    """Raised when the server dropped the connection a block was using; trying again is safe."""


@contextmanager
def noticing_drops(
    pool: ConnectionPool[Any], connection: psycopg.Connection[Any]
) -> Iterator[None]:
    """Re-raises what the block raises; when the server dropped `connection` meanwhile, first
    logs it in one line and replaces every dropped connection idle in `pool` (a round trip per
    idle connection, only now), then raises ConnectionDroppedError."""
    try:
        yield
    except Exception as error:
        if not connection.broken:
            raise
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        log.warning(
            "PostgreSQL dropped a connection (%s); replacing the dropped idle ones of pool %s",
            first_line,
            pool.name,
        )
        pool.check()
        raise ConnectionDroppedError(first_line) from error
