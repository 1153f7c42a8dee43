"""Opening an incident over HTTP on PostgreSQL waits for the database a bounded number of
times, counted at the wire (tests/fixtures/round_trips.py), once the process is warm.

The trips today (13): the caller's API token and user (2), their read grants and their unit's
(2: absent records, one read each since commands/repository.py skips the snapshot look-up),
the customer and the catalogue (2), the unit (1), and the library's save (6: BEGIN; the table
lock, NOTIFY and numbers; the insert; COMMIT, each with its own sync). Issue 11 aims at 7.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from cronica.commands.identity import add_user, ensure_company
from cronica.ops.settings import Settings
from tests.fixtures.http.served_apps import served
from tests.fixtures.round_trips import RoundTripCounter, counting_round_trips

MOST_ROUND_TRIPS = 13
OPENS = 5


@pytest.fixture
def proxied(postgres_settings: Settings) -> Iterator[tuple[Settings, RoundTripCounter]]:
    url = urlsplit(postgres_settings.database_url or "")
    with counting_round_trips(url.hostname or "127.0.0.1", url.port or 5432) as counter:
        through_proxy = url._replace(netloc=f"{url.username}@127.0.0.1:{counter.port}")
        yield (
            Settings(
                database_url=through_proxy.geturl(),
                database_schema=postgres_settings.database_schema,
            ),
            counter,
        )


def test_each_open_waits_for_postgresql_at_most_thirteen_times(
    proxied: tuple[Settings, RoundTripCounter],
) -> None:
    settings, counter = proxied
    # No projections: their LISTEN and catch-up reads are not the open's trips.
    with served(settings, run_projections=False) as client:
        application = client.app.state.application  # type: ignore[attr-defined]
        ensure_company(application, settings.company, "Cronica Demo S.L.")
        agent = add_user(application, settings.company, "Ana García", "agent")
        headers = {"Authorization": f"Bearer {agent.token}"}
        customer = {"kind": "customer", "name": "Talleres Pérez"}
        customer_id = client.post("/v1/customers", json=customer, headers=headers).json()["id"]
        body = {"customerId": customer_id, "subject": "Jams", "description": "Every label."}
        trips = []
        for _ in range(OPENS):
            before = len(counter.trips)
            response = client.post("/v1/incidents", json=body, headers=headers)
            assert response.status_code == 201, response.text
            trips.append(counter.trips[before:])

    # The first two opens warm the process (its pool's connections, its record cache).
    counts = [len(t) for t in trips]
    shown = "\n".join(repr(trip) for trip in trips[-1])
    assert max(counts[2:]) <= MOST_ROUND_TRIPS, f"trips of each open: {counts}; the last:\n{shown}"
