"""Digests of tokens, sessions and feed secrets, and password hashes, stay in the event store:
the relay publishes events without them (the internal records that hold them, sessions,
credentials, API tokens and sign-in gates, not at all), and the history and the point-in-time
view show none of them."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from cronica.bus.field_shapes import camel_case
from cronica.commands.calendar_feeds import issue_calendar_feed
from cronica.commands.errors import AuthenticationError
from cronica.commands.identity import add_user
from cronica.commands.people import set_first_password
from cronica.commands.sessions import SessionLifetimes, SignIn, sign_in
from cronica.domain.secret_fields import SECRET_FIELDS
from cronica.ops.container import Container
from cronica.projections.records.history import history_of
from cronica.projections.records.snapshots import snapshot_of
from tests.fixtures.relaying import relay_until_caught_up
from tests.fixtures.staff.office import Office, call_of
from tests.fixtures.streams import IsolatedStream

LIFETIMES = SessionLifetimes(idle=timedelta(minutes=30), absolute=timedelta(hours=1))


SECRET_NAMES = SECRET_FIELDS | {camel_case(name) for name in SECRET_FIELDS}
"""As the event store names them, and as published payloads would."""


def secrets_in(data: Any) -> set[str]:
    """The names of secret fields anywhere in a JSON-like value."""
    if isinstance(data, dict):
        found = set(data) & SECRET_NAMES
        return found.union(*(secrets_in(value) for value in data.values()))
    if isinstance(data, list):
        return set().union(*(secrets_in(value) for value in data))
    return set()


def test_no_digest_or_hash_is_published_or_shown_in_a_history(
    container: Container, jetstream: IsolatedStream
) -> None:
    app = container.application
    office = Office(app)
    manager = office.hire("Marta Gil", "manager")
    lucia = add_user(app, office.slug, "Lucía Ferrer", "agent", "lucia@example.com")
    lucia_id = lucia.user_id
    set_first_password(app, "lucia@example.com", "correct horse battery")
    issued = issue_calendar_feed(call_of(app, manager))
    signed_in = sign_in(
        app, SignIn("lucia@example.com", "correct horse battery", "10.0.0.1", "t:1"), LIFETIMES
    )
    with pytest.raises(AuthenticationError):
        sign_in(app, SignIn("nobody@example.com", "wrong password!", "10.0.0.1", "t:2"), LIFETIMES)

    relay_until_caught_up(container, jetstream)

    messages = jetstream.messages()
    published = [m.envelope for m in messages]
    assert secrets_in(published) == set()
    payloads = json.dumps(published)
    for secret in (lucia.token, issued.secret, signed_in.secret, signed_in.csrf_token):
        assert secret not in payloads
    assert "$argon2" not in payloads
    records = {envelope["type"].split(".")[1] for envelope in published}
    assert "user" in records
    assert not {"session", "credential", "sign_in_gate", "api_token"} & records
    assert "cronica.user.calendar_feed_issued" not in {envelope["type"] for envelope in published}
    for record_id in (manager.user_id, lucia_id):
        history = history_of(app.events, record_id)
        assert secrets_in([entry.data for entry in history]) == set()
        snapshot = snapshot_of(app.events, record_id, str(manager.company_id))
        assert snapshot is not None and secrets_in(snapshot.state) == set()
