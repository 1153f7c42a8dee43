"""Loading a long record, uncached: an incident of about 10,000 events loaded through the
repository (from its latest snapshot, then the events after it) beside a full replay of the same
events, in the same run, on SQLite and PostgreSQL; then what taking a snapshot costs beside a
command's load and save. The default 10,099 events is the worst case of a 100-event interval: the
snapshot at 10,000 then 99 events to replay.

Run by hand: `.venv/bin/python -m cronica.ops.benchmarks.record_load [--events N] [--loads N]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import psycopg

from cronica.commands.application import CronicaApplication
from cronica.domain.base import CronicaAggregate
from cronica.domain.company import company_id_for
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.incident import ContactDetails, Incident
from cronica.ops.benchmarks import POSTGRES_URL
from cronica.ops.container import Container
from cronica.ops.settings import Settings

BENCH = CommandContext(actor_id="system:bench", correlation_id="bench:record-load")
BATCH = 500  # events saved per transaction while seeding


def seed_long_incident(app: CronicaApplication, events: int) -> UUID:
    """An open incident with `events` events: its opening, then follow-ups."""
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    with acting_as(BENCH):
        incident = Incident.open(
            company_id=company_id_for("bench"),
            number="INC-000001",
            customer_id=uuid4(),
            contact=ContactDetails(name="Bench"),
            subject="A long incident",
            description="Followed up many times.",
            priority="normal",
            incident_type="breakdown",
            article=None,
        )
        for n in range(1, events):
            moment = start + timedelta(minutes=n)
            incident.follow_up(f"Follow-up {n}", moment, moment + timedelta(minutes=1))
            if n % BATCH == 0:
                app.save(incident)
        app.save(incident)
    return incident.id


def median_ms(load: Callable[[], object], times: int) -> float:
    durations = []
    for _ in range(times):
        began = time.perf_counter()
        load()
        durations.append(time.perf_counter() - began)
    return statistics.median(durations) * 1000


def bench_record_load(label: str, settings: Settings, events: int, loads: int) -> None:
    container = Container.build(settings)
    try:
        app = container.application
        assert app.repository.cache is None, "the record cache must be off (record_cache_size=0)"
        incident_id = seed_long_incident(app, events)

        def from_snapshot() -> Incident:
            return app.repository.get(incident_id)

        def full_replay() -> Incident:
            record: Incident | None = None
            for stored in app.events.get(incident_id):
                assert isinstance(stored, CronicaAggregate.Event)
                record = stored.mutate(record)
            assert isinstance(record, Incident)
            return record

        assert vars(from_snapshot()) == vars(full_replay())
        snapshot_ms = median_ms(from_snapshot, loads)
        replay_ms = median_ms(full_replay, loads)
        print(
            f"{label}: {events}-event incident, median of {loads} uncached loads: "
            f"from snapshot {snapshot_ms:.1f} ms, full replay {replay_ms:.1f} ms"
        )

        # What a snapshot costs the write path (once every `interval` saves of the record),
        # beside a command's own load and save: taken at versions no snapshot holds yet.
        interval = app.snapshotting_intervals[Incident]
        free_versions = (v for v in range(events - 1, 0, -1) if v % interval)
        taking_ms = median_ms(
            lambda: app.take_snapshot(incident_id, version=next(free_versions)), loads
        )

        def follow_up() -> None:
            incident = from_snapshot()
            moment = datetime(2027, 1, 4, 9, tzinfo=UTC)
            with acting_as(BENCH):
                incident.follow_up("One more", moment, moment + timedelta(minutes=1))
            app.save(incident)

        command_ms = median_ms(follow_up, loads)
        print(
            f"{label}: taking a snapshot (once every {interval} saves) {taking_ms:.1f} ms, "
            f"a follow-up's load and save {command_ms:.1f} ms"
        )
    finally:
        container.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_099)
    parser.add_argument("--loads", type=int, default=20)
    args = parser.parse_args()
    bench_record_loads(args.events, args.loads)


def bench_record_loads(events: int, loads: int) -> None:
    """The loads of a long incident, on SQLite and PostgreSQL."""
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = Settings(
            database_url=f"sqlite:///{tmp}/bench.sqlite3", var_dir=Path(tmp), record_cache_size=0
        )
        bench_record_load("SQLite", sqlite, events, loads)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        postgres = Settings(database_url=POSTGRES_URL, database_schema=schema, record_cache_size=0)
        bench_record_load("PostgreSQL", postgres, events, loads)
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
