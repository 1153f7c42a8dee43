"""The instruments each process updates as things happen, declared once; what is read from the
database when Prometheus scrapes (positions, lag, pools) is in `read_side_metrics`, and goes in
`at_scrape`.

Every process has registries of its own (`Metrics()`), so that an app built again (the tests do)
counts from zero instead of colliding with the instruments of the last. The processes of
`cronica serve --workers N` share one port, so a scrape reaches any one of them: they count in
the official client's multiprocess mode (PROMETHEUS_MULTIPROC_DIR, set by `serve`), and each
answers the sum of all."""

from __future__ import annotations

import os

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.multiprocess import MultiProcessCollector

SHARED_DIRECTORY = "PROMETHEUS_MULTIPROC_DIR"
"""The official client's variable: where the processes of one server keep their counts."""

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

# A `_created` series beside every counter and histogram doubles what is scraped for nothing
# the alerts use.
disable_created_metrics()

# From a cached command's few milliseconds to a request stuck behind a dropped connection.
LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """The instruments of one process, in its registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.at_scrape = CollectorRegistry()
        """Collectors that read their figures when scraped (the database's)."""
        registry = self.registry
        self.commands = Counter(
            "cronica_commands",
            "Commands answered, by record, verb and outcome (accepted, refused, conflict, "
            "error); `kind` says why a refused one was refused.",
            ["record", "verb", "outcome", "kind"],
            registry=registry,
        )
        self.command_seconds = Histogram(
            "cronica_command_duration_seconds",
            "Time to answer a command, by record and verb.",
            ["record", "verb"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.graphql_operations = Counter(
            "cronica_graphql_operations",
            "GraphQL operations answered, by operation name and outcome (ok, error).",
            ["operation", "outcome"],
            registry=registry,
        )
        self.graphql_seconds = Histogram(
            "cronica_graphql_operation_duration_seconds",
            "Time to answer a GraphQL operation, by operation name.",
            ["operation"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.followed = Counter(
            "cronica_follower_events",
            "Events handled by this process's followers of the event log (`read_models`: "
            "applied to every read model; `reactions`: read by each reaction, summed; `relay`: "
            "read, and published unless internal).",
            ["loop"],
            registry=registry,
        )
        self.follower_failures = Counter(
            "cronica_follower_failures",
            "Batches of a follower loop that failed and are retried (the relay's retries).",
            ["loop"],
            registry=registry,
        )
        self.relay_publish_seconds = Histogram(
            "cronica_relay_publish_duration_seconds",
            "Time from publishing a batch to JetStream to its last ack.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.relay_published = Counter(
            "cronica_relay_messages",
            "Messages JetStream acked, by result (stored, duplicate: dropped as sent before).",
            ["result"],
            registry=registry,
        )

    def exposition(self) -> bytes:
        """Every figure in the Prometheus text format: the instruments (of every process of the
        server, in multiprocess mode) and those read at the scrape."""
        instruments = self.registry
        if os.environ.get(SHARED_DIRECTORY):
            instruments = CollectorRegistry()
            MultiProcessCollector(instruments)
        return generate_latest(instruments) + generate_latest(self.at_scrape)
