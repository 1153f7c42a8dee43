"""E-mails and internal messages over GraphQL: `emails` (a user's by senderId, a record's by
relatedId) with their delivery state, `email(id)`; `sentMessages` with each recipient's read
receipt and `message(id)` for its sender and recipients only; and on every kind of record, its
`emails` and `messages`. An e-mail is its sender's (admins and auditors read everyone's); a
message is its sender's and recipients'."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cronica.commands.emails import queue_email
from cronica.commands.messages import send_message
from cronica.commands.models.emails import QueueEmail
from cronica.commands.models.messages import SendMessage
from cronica.domain.email import Email, EmailStatus
from cronica.domain.email_ledger import SendingAllowance
from cronica.graphql.schema import schema
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.smtp_server import eventually
from tests.fixtures.staff.office import call_of
from tests.fixtures.staff.reception import attachments_in_memory
from tests.fixtures.transaction_counter import TransactionCounter

EMAILS = """
query ($filter: EmailFilter) {
  emails(filter: $filter) {
    totalCount
    edges { node { to cc subject status attempts lastError relatedType relatedId
                   sender { name } } }
  }
}
"""
ON_INCIDENT = """
query ($id: ID!) {
  incident(id: $id) {
    emails { totalCount edges { node { subject status } } }
    messages { totalCount edges { node { subject sender { name } } } }
  }
}
"""
MESSAGES = """
query ($id: ID!) {
  sentMessages { totalCount edges { node { id subject relatedId
                                           recipients { user { name } readAt } } } }
  message(id: $id) { subject sender { name } }
}
"""


def queued(api: GraphQLApi, sender: Person, incident_id: str) -> str:
    """The id of an e-mail sent from the incident, once its (failed: no SMTP server) attempt is
    recorded."""
    body = {
        "to": ["pedro@talleres-perez.es"],
        "cc": ["ana@talleres-perez.es"],
        "subject": "Su incidencia",
        "body": "Hemos cambiado el rodillo.",
        "relatedRecord": {"type": "incident", "id": incident_id},
    }
    headers = {"Authorization": f"Bearer {sender.token}"}
    answer = api.client.post("/v1/emails", json=body, headers=headers)
    assert answer.status_code == 201, answer.text
    email_id: str = answer.json()["id"]

    def failed() -> bool:
        email = api.app.repository.get(UUID(email_id))
        return isinstance(email, Email) and email.status is EmailStatus.FAILED

    eventually(failed)
    return email_id


def message(api: GraphQLApi, sender: Person, to: Person, incident_id: str) -> str:
    command = SendMessage.model_validate(
        {
            "recipientIds": [to.id],
            "subject": "Rodillo",
            "body": "Cambiado.",
            "relatedRecord": {"type": "incident", "id": incident_id},
        }
    )
    return str(send_message(call_of(api.app, sender.who), command, attachments_in_memory()).id)


def test_emails_and_messages_are_read_per_user_and_on_their_record(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        colleague = api.hire("Eva Soto", "agent")
        admin = api.hire("Ana Admin", "admin")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        incident = str(api.office.open(agent.who, customer, "Printer jams").id)
        email_id = queued(api, agent, incident)
        message_id = message(api, agent, colleague, incident)

        mine = api.read(agent, EMAILS, filter={"relatedId": {"eq": incident}})["emails"]
        assert mine["totalCount"] == 1
        assert mine["edges"][0]["node"] | {"lastError": "-"} == {
            "to": ["pedro@talleres-perez.es"],
            "cc": ["ana@talleres-perez.es"],
            "subject": "Su incidencia",
            "status": "FAILED",
            "attempts": 1,
            "lastError": "-",
            "relatedType": "incident",
            "relatedId": incident,
            "sender": {"name": "Lucía Gómez"},
        }
        assert mine["edges"][0]["node"]["lastError"]
        # An e-mail is its sender's: a colleague sees none, an admin everyone's.
        assert api.read(colleague, EMAILS)["emails"]["totalCount"] == 0
        by_sender = {"senderId": {"eq": agent.id}}
        assert api.read(admin, EMAILS, filter=by_sender)["emails"]["totalCount"] == 1
        one = "query ($id: ID!) { email(id: $id) { status } node(id: $id) { __typename } }"
        assert api.read(colleague, one, id=email_id) == {"email": None, "node": None}
        assert api.read(agent, one, id=email_id) == {
            "email": {"status": "FAILED"},
            "node": {"__typename": "Email"},
        }

        on_record: dict[str, Any] = api.read(agent, ON_INCIDENT, id=incident)["incident"]
        assert on_record["emails"] == {
            "totalCount": 1,
            "edges": [{"node": {"subject": "Su incidencia", "status": "FAILED"}}],
        }
        assert on_record["messages"] == {
            "totalCount": 1,
            "edges": [{"node": {"subject": "Rodillo", "sender": {"name": "Lucía Gómez"}}}],
        }
        # The colleague received the message: he sees it on the record; the admin neither
        # sent nor received it.
        theirs = api.read(colleague, ON_INCIDENT, id=incident)["incident"]
        assert theirs["messages"]["totalCount"] == 1

        sent = api.read(agent, MESSAGES, id=message_id)
        assert sent["sentMessages"]["totalCount"] == 1
        assert sent["sentMessages"]["edges"][0]["node"] == {
            "id": message_id,
            "subject": "Rodillo",
            "relatedId": incident,
            "recipients": [{"user": {"name": "Eva Soto"}, "readAt": None}],
        }
        assert sent["message"] == {"subject": "Rodillo", "sender": {"name": "Lucía Gómez"}}
        received = api.read(colleague, MESSAGES, id=message_id)
        assert received["sentMessages"]["totalCount"] == 0
        assert received["message"] == {"subject": "Rodillo", "sender": {"name": "Lucía Gómez"}}
        assert api.read(admin, MESSAGES, id=message_id)["message"] is None


def test_every_kind_of_record_shows_its_emails_and_messages() -> None:
    kinds = ("Incident", "RepairOrder", "Opportunity", "Task", "Notice", "Customer")
    for kind in (*kinds, "Project", "Case"):
        fields = {field.name for field in schema.get_type_by_name(kind).fields}  # type: ignore[union-attr]
        assert {"emails", "messages"} <= fields, kind


def test_a_page_of_records_with_their_emails_and_messages_costs_a_bounded_number_of_queries(
    settings: Settings,
) -> None:
    page = (
        "{ incidents(first: 50)"
        " { edges { node { emails { totalCount } messages { totalCount } } } } }"
    )
    allowance = SendingAllowance(per_email=5, per_window=10_000)
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        colleague = api.hire("Eva Soto", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        counter = TransactionCounter(api.container.store)
        counts = []
        api.container.runner.catch_up()
        opened = 0
        for incidents in (2, 6):
            while opened < incidents:
                incident = str(api.office.open(agent.who, customer, f"Avería {opened}").id)
                about = {"type": "incident", "id": incident}
                letter = {"to": ["a@b.es"], "subject": "S", "body": "B", "relatedRecord": about}
                email = QueueEmail.model_validate(letter)
                queue_email(call_of(api.app, agent.who), email, allowance)
                message(api, agent, colleague, incident)
                opened += 1
            api.container.runner.catch_up()
            counter.count = 0
            edges = api.read(agent, page)["incidents"]["edges"]
            assert all(edge["node"]["emails"]["totalCount"] == 1 for edge in edges)
            assert all(edge["node"]["messages"]["totalCount"] == 1 for edge in edges)
            counts.append(counter.count)
        assert counts[0] == counts[1], counts
