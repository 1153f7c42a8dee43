"""An auditor reads any record through GraphQL as it was at a moment (`record(id, asOf)`),
rebuilt from its events, and its history up to a time (`history(id, upTo)`): an incident and a
customer before and after they changed; nothing of another company, no API token, and no one
else's private message."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from cronica.commands.customers import change_customer
from cronica.commands.messages import send_message
from cronica.commands.models.customers import RenameCustomer
from cronica.commands.models.messages import SendMessage
from cronica.domain.user import api_token_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, running_app
from tests.fixtures.staff.office import Office, call_of

RECORD = """
query ($id: ID!, $asOf: DateTime) {
  record(id: $id, asOf: $asOf) {
    id type version asOf state
    history { type version time actor { name } data }
  }
}
"""
HISTORY = """
query ($id: ID!, $upTo: DateTime) { history(id: $id, upTo: $upTo) { type version } }
"""


def event_times(api: GraphQLApi, record_id: UUID) -> list[datetime]:
    times = [event.timestamp for event in api.app.events.get(record_id)]
    assert times == sorted(set(times)), "each event of the record at its own moment"
    return times


def between(earlier: datetime, later: datetime) -> str:
    return (earlier + (later - earlier) / 2).isoformat()


def test_an_incident_is_read_as_it_was_before_and_after_it_was_assigned_and_closed(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        marta = api.hire("Marta Ruiz", "manager")
        jorge = api.hire("Jorge Gil", "technician")
        office = api.office
        incident = office.open(marta.who, office.customer(marta.who, "Panadería Sol"), "Horno")
        office.assign(marta.who, incident.id, jorge.who)
        office.close(jorge.who, incident.id)
        opened, assigned, closed = event_times(api, incident.id)

        def incident_at(moment: str | None) -> Any:
            return api.read(marta, RECORD, id=str(incident.id), asOf=moment)["record"]

        before_assigning = incident_at(between(opened, assigned))
        assert (before_assigning["type"], before_assigning["version"]) == ("Incident", 1)
        assert before_assigning["state"]["status"] == "open"
        assert before_assigning["state"]["assignee_id"] is None
        assert before_assigning["state"]["subject"] == "Horno"
        assert [event["type"] for event in before_assigning["history"]] == ["Incident.Created"]
        assert before_assigning["history"][0]["actor"] == {"name": "Marta Ruiz"}

        assigned_not_closed = incident_at(between(assigned, closed))
        assert assigned_not_closed["version"] == 2
        assert assigned_not_closed["state"]["assignee_id"] == jorge.id
        assert assigned_not_closed["state"]["status"] == "open"

        at_the_closing = incident_at(closed.isoformat())
        assert at_the_closing["version"] == 3
        assert at_the_closing["state"]["status"] == "closed"
        assert at_the_closing["state"]["resolution"] == "fixed"
        assert datetime.fromisoformat(at_the_closing["asOf"]) == closed

        now = incident_at(None)
        assert (now["version"], now["asOf"], now["id"]) == (3, None, str(incident.id))
        assert now["state"] == at_the_closing["state"]
        assert [event["version"] for event in now["history"]] == [1, 2, 3]

        assert incident_at((opened - timedelta(seconds=1)).isoformat()) is None


def test_a_customer_is_read_with_its_old_name_before_the_renaming(settings: Settings) -> None:
    with running_app(settings) as api:
        lucia = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(lucia.who, "Frutas Levante")
        renaming = RenameCustomer(name="Frutas Levante SL", legal_name="Frutas del Levante SL")
        change_customer(call_of(api.app, lucia.who), customer, renaming)
        created, renamed = event_times(api, customer)

        old = api.read(lucia, RECORD, id=str(customer), asOf=between(created, renamed))["record"]
        new = api.read(lucia, RECORD, id=str(customer), asOf=renamed.isoformat())["record"]

        assert (old["type"], old["version"]) == ("Customer", 1)
        assert (old["state"]["name"], old["state"]["legal_name"]) == ("Frutas Levante", None)
        assert old["state"]["number"] == "C-000001"
        assert new["version"] == 2
        assert new["state"]["name"] == "Frutas Levante SL"
        assert new["state"]["legal_name"] == "Frutas del Levante SL"
        assert new["history"][-1]["data"]["name"] == "Frutas Levante SL"

        history_then = api.read(lucia, HISTORY, id=str(customer), upTo=between(created, renamed))
        assert [event["version"] for event in history_then["history"]] == [1]
        history_now = api.read(lucia, HISTORY, id=str(customer))["history"]
        assert [event["type"] for event in history_now] == ["Customer.Created", "Customer.Renamed"]


def test_another_companys_records_tokens_and_malformed_ids_or_times_are_not_read(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        ours = api.hire("Marta Ruiz", "admin")
        rival = Office(api.app, slug="rival")
        theirs = api.hire("Diego Pardo", "manager", rival)
        their_customer = rival.customer(theirs.who, "Bodegas Sol")
        their_incident = rival.open(theirs.who, their_customer, "Barrica rota")

        for record_id in (their_customer, their_incident.id, theirs.who.user_id):
            assert api.read(ours, RECORD, id=str(record_id))["record"] is None
            assert api.read(ours, HISTORY, id=str(record_id))["history"] is None
        assert api.read(theirs, RECORD, id=str(their_customer))["record"]["version"] == 1

        own_token = str(api_token_id_for(ours.token))
        assert api.read(ours, RECORD, id=own_token)["record"] is None
        assert api.read(ours, HISTORY, id=own_token)["history"] is None
        assert api.read(ours, RECORD, id="C-000001")["record"] is None

        naive = datetime(2025, 3, 3, 9).isoformat()
        errors = api.errors(ours, RECORD, id=str(their_customer), asOf=naive)
        assert errors == ["a time must carry its zone: add Z or +01:00"]


def test_a_private_message_is_read_by_its_sender_recipients_and_admins_only(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        marta = api.hire("Marta Ruiz", "manager")
        jorge = api.hire("Jorge Gil", "technician")
        lucia = api.hire("Lucía Gómez", "agent")
        admin = api.hire("Ana Torres", "admin")
        note = SendMessage(
            recipient_ids=[jorge.who.user_id], subject="Horno", body="Mañana a las 9"
        )
        attachments = api.client.app.state.attachments  # type: ignore[attr-defined]
        sent = send_message(call_of(api.app, marta.who), note, attachments)

        def message_for(reader: Any) -> Any:
            return api.read(reader, RECORD, id=str(sent.id))["record"]

        for reader in (marta, jorge, admin):
            assert message_for(reader)["state"]["body"] == "Mañana a las 9"
        assert message_for(jorge)["state"]["recipient_ids"] == [jorge.id]
        assert message_for(lucia) is None
        assert api.read(lucia, HISTORY, id=str(sent.id))["history"] is None
