"""Recovering at once when PostgreSQL drops a pool's connections (a restart, a failover,
`pg_terminate_backend`).

No connection is tested before use (a pre-ping costs a round trip on every checkout, and
psycopg_pool's check backs off 1, 2, 4, 8... seconds per dead connection found, all on one
caller). Instead, the first statement on a dropped connection fails, psycopg_pool discards that
connection when it is given back, and `noticing_drops` tests the pool's idle connections at that
moment: a server that dropped one has usually dropped them all, and the next attempt (the event
store's recorders retry; the followers of the event log retry at once) gets a live one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)


@contextmanager
def noticing_drops(
    pool: ConnectionPool[Any], connection: psycopg.Connection[Any]
) -> Iterator[None]:
    """Re-raises what the block raises; when the server dropped `connection` meanwhile, first
    logs it and replaces every dropped connection idle in `pool`."""
    try:
        yield
    except Exception as error:
        if connection.broken:
            log.warning(
                "PostgreSQL dropped a connection (%s); replacing the dropped idle ones of pool %s",
                str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__,
                pool.name,
            )
            pool.check()
        raise
