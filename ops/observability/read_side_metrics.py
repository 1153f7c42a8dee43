"""What Prometheus reads from the database at each scrape: the event store's position, every
follower's position, lag and set-aside events (`follower_status`), and the connection pools.
Read when scraped, not kept up to date: a process that follows nothing (the API) still shows
how far the worker and the relay are."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from psycopg_pool import ConnectionPool

from cronica.commands.application import CronicaApplication
from cronica.ops.observability.follower_status import log_status
from cronica.projections.store import ReadStore

log = logging.getLogger(__name__)

FOLLOWER_LABELS = ["follower", "kind"]


class ReadSideCollector(Collector):
    """Collects from one process's event store and read store."""

    def __init__(self, application: CronicaApplication, store: ReadStore) -> None:
        self.application = application
        self.store = store

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "cronica_database_up", "1 if the last scrape read the positions from the database."
        )
        try:
            yield from self._followers()
            up.add_metric([], 1)
        except Exception as error:  # a scrape must answer, saying the database did not
            log.warning("metrics could not read the database: %s", error)
            up.add_metric([], 0)
        yield up
        yield from self._pools()

    def _followers(self) -> Iterator[Metric]:
        status = log_status(self.application, self.store)
        yield GaugeMetricFamily(
            "cronica_event_store_position",
            "The event store's last notification id.",
            value=status.head,
        )
        gauges = {
            "position": "The last event store position the follower handled.",
            "lag_events": "Notification ids between the follower and the event store's last.",
            "lag_seconds": "Age of the oldest event the follower has not handled yet.",
            "set_aside_events": "Events the read model could not apply, waiting for a retry.",
        }
        families = {
            name: GaugeMetricFamily(f"cronica_follower_{name}", text, labels=FOLLOWER_LABELS)
            for name, text in gauges.items()
        }
        for follower in status.followers:
            labels = [follower.name, follower.kind]
            families["position"].add_metric(labels, follower.position)
            families["lag_events"].add_metric(labels, follower.lag_events)
            families["lag_seconds"].add_metric(labels, follower.lag_seconds)
            families["set_aside_events"].add_metric(labels, follower.set_aside)
        yield from families.values()

    def _pools(self) -> Iterator[Metric]:
        pools = self.pools()
        if not pools:
            return
        size = GaugeMetricFamily(
            "cronica_pool_connections", "Connections the pool holds.", labels=["pool"]
        )
        in_use = GaugeMetricFamily(
            "cronica_pool_connections_in_use", "Connections lent out.", labels=["pool"]
        )
        waiting = GaugeMetricFamily(
            "cronica_pool_requests_waiting", "Requests waiting for a connection.", labels=["pool"]
        )
        waits = CounterMetricFamily(
            "cronica_pool_waits", "Requests that had to wait for a connection.", labels=["pool"]
        )
        waited = CounterMetricFamily(
            "cronica_pool_wait_seconds", "Time requests waited for a connection.", labels=["pool"]
        )
        for name, pool in pools.items():
            stats = pool.get_stats()
            size.add_metric([name], stats.get("pool_size", 0))
            in_use.add_metric([name], stats.get("pool_size", 0) - stats.get("pool_available", 0))
            waiting.add_metric([name], stats.get("requests_waiting", 0))
            waits.add_metric([name], stats.get("requests_queued", 0))
            waited.add_metric([name], stats.get("requests_wait_ms", 0) / 1000)
        yield from (size, in_use, waiting, waits, waited)

    def pools(self) -> dict[str, ConnectionPool]:
        """The PostgreSQL pools of the event store and the read store (none on SQLite)."""
        found = {}
        datastore = getattr(self.application.recorder, "datastore", None)
        if isinstance(getattr(datastore, "pool", None), ConnectionPool):
            found["event_store"] = datastore.pool  # type: ignore[union-attr]
        store_pool = getattr(self.store, "pool", None)
        if isinstance(store_pool, ConnectionPool):
            found["read_store"] = store_pool
        return found
