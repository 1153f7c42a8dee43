"""E-mails over HTTP, sent by the server's reaction runner through a real SMTP server started by
the test: with nobody listening the attempt is recorded failed, and retried once the server is up;
a second e-mail arrives with its headers and body. Refusals answer problem+json and write no
event."""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

from cronica.domain.email import Email, EmailStatus
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.smtp_server import eventually, free_port, smtp_server

EMAILS = "/v1/emails"


def letter(incident_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "to": ["pedro@talleres-perez.es"],
        "cc": ["taller@talleres-perez.es"],
        "subject": "Su incidencia INC-000001",
        "body": "Hemos cambiado el rodillo.",
        "relatedRecord": {"type": "incident", "id": incident_id},
        **fields,
    }


def email(api: CommandApi, email_id: str) -> Email:
    found = api.app.repository.get(UUID(email_id))
    assert isinstance(found, Email)
    return found


def settled(api: CommandApi, email_id: str, status: EmailStatus) -> Email:
    """The e-mail once the reaction runner has recorded its attempt as `status`."""
    eventually(lambda: email(api, email_id).status is status)
    return email(api, email_id)


def test_an_email_fails_while_the_server_is_down_and_is_retried(settings: Settings) -> None:
    port = free_port()
    smtp = {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_from": "crm@acme.es"}
    with running_api(settings.model_copy(update=smtp)) as api:
        incident_id = api.incident()
        email_id = api.created(EMAILS, letter(incident_id))["id"]
        failed = settled(api, email_id, EmailStatus.FAILED)
        assert failed.error is not None and "Connection refused" in failed.error
        assert (failed.related_type, failed.related_id) == ("incident", UUID(incident_id))

        nobody = str(uuid.uuid4())
        unknown = letter(incident_id, relatedRecord={"type": "incident", "id": nobody})
        assert api.fields_refused(EMAILS, unknown, "unknown-reference") == ["relatedRecord"]
        for body, field in [
            (letter(incident_id, to=[]), "to"),
            (letter(incident_id, cc=["not an address"]), "cc[0]"),
            (letter(incident_id, subject="Hola\nBcc: x@y.es"), "subject"),
            (
                {k: v for k, v in letter(incident_id).items() if k != "relatedRecord"},
                "relatedRecord",
            ),
        ]:
            assert field in api.fields_refused(EMAILS, body, "invalid-body")
        api.refused(f"{EMAILS}/{nobody}/retry", None, 404, "not-found")
        api.refused(f"{EMAILS}/{incident_id}/retry", None, 404, "not-found")
        api.refused(f"{EMAILS}/{email_id}/retry", None, 412, "stale-version", If_Match='"1"')

        with smtp_server(port) as mailbox:
            assert api.created(f"{EMAILS}/{email_id}/retry", None)["version"] == 3
            sent = settled(api, email_id, EmailStatus.SENT)
            assert (sent.attempt, sent.smtp_message_id) == (2, f"<{email_id}.2@acme.es>")
            api.refused(f"{EMAILS}/{email_id}/retry", None, 409, "illegal-transition")

            second = letter(incident_id, cc=[], subject="Presupuesto", body="Adjuntamos...")
            second_id = api.created(EMAILS, second)["id"]
            settled(api, second_id, EmailStatus.SENT)
            eventually(lambda: len(mailbox.received) == 2)

        first, other = (received.message for received in mailbox.received)
        assert (first["From"], first["To"], first["Cc"]) == (
            "crm@acme.es",
            "pedro@talleres-perez.es",
            "taller@talleres-perez.es",
        )
        assert first["Subject"] == "Su incidencia INC-000001"
        assert first.get_content().strip() == "Hemos cambiado el rodillo."
        assert (other["Subject"], other["Cc"]) == ("Presupuesto", None)
        assert [received.recipients for received in mailbox.received] == [
            ["pedro@talleres-perez.es", "taller@talleres-perez.es"],
            ["pedro@talleres-perez.es"],
        ]
