"""Opening an incident over HTTP on PostgreSQL costs a few SQL round trips once the process is
warm, counted at the wire by a proxy between the app and PostgreSQL (tests/fixtures/
round_trips.py): what the client sends before it waits for the server is one round trip,
however many statements it carries.

Once warm: the records the command reads are in the process's cache, and its connections are
open; a round trip that only prepares a statement (once per connection and statement, the first
time that connection runs it) is shown but not counted.

The app runs without its projections, so that only the request's own round trips are counted
(the followers of the event log read the new events on their own connections)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cronica.commands.identity import add_user, ensure_company
from tests.fixtures.http.command_client import CommandApi
from tests.fixtures.http.served_apps import served
from tests.fixtures.round_trips import ProxiedPostgres, RoundTrip, Statement

ROUND_TRIPS_PER_OPEN = 3
"""The token, its user and the caller's unit and grants; the customer and the catalogue of
incident types; the save."""
WARMING_OPENS = 3
FOLLOW_UP = {
    "note": "Cleaned the rollers",
    "startedAt": "2026-03-02T09:00:00Z",
    "endedAt": "2026-03-02T09:30:00Z",
}


@contextmanager
def warm_api(proxied: ProxiedPostgres) -> Iterator[tuple[CommandApi, str]]:
    """The app with an agent who has opened a few incidents for one customer (so its records
    are in the process's cache, its connections open), and that customer's id."""
    settings = proxied.settings
    with served(settings, run_projections=False) as client:
        application = client.app.state.application  # type: ignore[attr-defined]
        ensure_company(application, settings.company, "Cronica Demo S.L.")
        agent = add_user(application, settings.company, "Ana García", "agent")
        api = CommandApi(client, settings, agent.token)
        customer = api.customer()
        for _ in range(WARMING_OPENS):
            api.incident(customer)
        yield api, customer


def breakdown(trips: list[RoundTrip]) -> str:
    return "\n".join(f"{n:2}. {trip}" for n, trip in enumerate(trips, 1))


def save_of(trips: list[RoundTrip]) -> list[RoundTrip]:
    """The round trips from the save's BEGIN on."""
    begins = [n for n, trip in enumerate(trips) if trip.statements[:1] == [Statement("BEGIN")]]
    assert len(begins) == 1, breakdown(trips)
    return trips[begins[0] :]


def test_an_incident_is_saved_with_its_number_in_one_round_trip(
    proxied_postgres: ProxiedPostgres,
) -> None:
    with warm_api(proxied_postgres) as (api, customer), proxied_postgres.proxy.counting() as trips:
        api.incident(customer)
    # BEGIN, the table's lock, the number taken and written into the events, COMMIT: the lock
    # is never held while the process waits on itself between two round trips.
    saved = save_of(trips)
    assert len(saved) == 1, "the save took:\n" + breakdown(saved)
    assert saved[-1].statements[-1] == Statement("COMMIT")


def test_opening_an_incident_costs_at_most_three_round_trips(
    proxied_postgres: ProxiedPostgres,
) -> None:
    with warm_api(proxied_postgres) as (api, customer), proxied_postgres.proxy.counting() as trips:
        api.incident(customer)
    warm = [trip for trip in trips if not trip.prepares_only]
    assert len(warm) <= ROUND_TRIPS_PER_OPEN, (
        f"{len(warm)} round trips to open an incident:\n" + breakdown(trips)
    )


def test_a_command_on_an_incident_reads_it_once(proxied_postgres: ProxiedPostgres) -> None:
    """The route's access check and the decision both load the incident the URL names: the
    second finds it read by the first (commands/fresh_reads.py). The token with the caller's
    unit and grants, the incident, and the save without numbers: three round trips."""
    with warm_api(proxied_postgres) as (api, customer):
        incident = api.incident(customer)
        api.created(f"/v1/incidents/{incident}/follow-up", FOLLOW_UP)
        with proxied_postgres.proxy.counting() as trips:
            api.created(f"/v1/incidents/{incident}/follow-up", FOLLOW_UP)
    warm = [trip for trip in trips if not trip.prepares_only]
    assert len(warm) == 3, breakdown(trips)
