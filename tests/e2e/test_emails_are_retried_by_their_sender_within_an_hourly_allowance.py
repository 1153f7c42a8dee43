"""E-mails over HTTP, with no SMTP server (each attempt fails at once): only an e-mail's sender or
an admin retries it, and to anyone else it does not exist; a user's e-mails and retries go to so
many outside addresses per hour (429 with Retry-After past it), one e-mail to so many; two
processes sending for one user at once are counted exactly. Refusals write nothing."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any
from uuid import UUID

from fastapi.testclient import TestClient

from cronica.commands.identity import authenticate
from cronica.domain.email import Email, EmailStatus
from cronica.domain.email_ledger import SendingLedger, ledger_id_for
from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.http.own_record_calls import as_user
from tests.fixtures.smtp_server import eventually

EMAILS = "/v1/emails"


def letter(incident_id: str, *to: str, cc: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "to": list(to or ["pedro@talleres-perez.es"]),
        "cc": list(cc),
        "subject": "Su incidencia",
        "body": "Hemos cambiado el rodillo.",
        "relatedRecord": {"type": "incident", "id": incident_id},
    }


def failed(api: CommandApi, email_id: str) -> None:
    """Waits until the sender has recorded the e-mail's attempt as failed."""

    def has_failed() -> bool:
        email = api.app.repository.get(UUID(email_id))
        return isinstance(email, Email) and email.status is EmailStatus.FAILED

    eventually(has_failed)


def test_only_its_sender_or_an_admin_retries_an_email(settings: Settings) -> None:
    with running_api(settings) as api:
        email_id = api.created(EMAILS, letter(api.incident()))["id"]
        failed(api, email_id)
        retry = f"{EMAILS}/{email_id}/retry"

        colleague, manager = api.user("agent", "Eva Soto"), api.user("manager", "Rosa Pla")
        for other in (colleague, manager):
            answer = api.refused(retry, None, 404, "not-found", **as_user(other))
            assert email_id in answer["detail"] and "email" in answer["detail"]
        # Not even its version or status gives it away.
        api.refused(retry, None, 404, "not-found", If_Match='"9"', **as_user(colleague))

        assert api.created(retry, None, **as_user(api.user("admin", "Luis Gil")))["version"] == 3
        failed(api, email_id)
        assert api.created(retry, None)["version"] == 5  # its sender


def test_emails_past_the_hourly_allowance_are_refused_with_429_and_retry_after(
    settings: Settings,
) -> None:
    allowance = {"email_recipients_per_email": 3, "email_recipients_per_hour": 5}
    with running_api(settings.model_copy(update=allowance)) as api:
        incident_id = api.incident()
        first = api.created(
            EMAILS, letter(incident_id, "a@x.es", "A@x.es", "b@x.es", cc=("c@x.es",))
        )["id"]  # a@x.es twice: three addresses
        too_many = letter(incident_id, "d@x.es", "e@x.es", cc=("f@x.es", "g@x.es"))
        assert api.fields_refused(EMAILS, too_many, "too-many-recipients") == ["to"]
        api.created(EMAILS, letter(incident_id, "d@x.es", cc=("e@x.es",)))  # five in the hour

        answer = api.refused(EMAILS, letter(incident_id, "f@x.es"), 429, "too-many-requests")
        assert "5 outside addresses per hour" in answer["detail"]
        before = api.position()
        refused = api.post(EMAILS, letter(incident_id, "f@x.es"))
        assert refused.status_code == 429
        assert 3500 < int(refused.headers["Retry-After"]) <= 3600
        failed(api, first)
        api.refused(f"{EMAILS}/{first}/retry", None, 429, "too-many-requests")  # a retry counts
        assert api.position() == before

        # The allowance is each user's: a colleague still sends.
        colleague = api.user("agent", "Eva Soto")
        api.created(EMAILS, letter(incident_id, "f@x.es"), **as_user(colleague))


def test_two_processes_sending_for_one_user_at_once_are_counted_exactly(
    settings: Settings,
) -> None:
    allowance = {"email_recipients_per_email": 1, "email_recipients_per_hour": 7}
    limited = settings.model_copy(update=allowance)
    with running_api(limited) as api, TestClient(create_app(limited)) as other_process:
        incident_id = api.incident()
        clients = [api.client, other_process] * 8
        headers = {"Authorization": f"Bearer {api.token}"}

        def send(client: TestClient) -> int:
            return client.post(EMAILS, json=letter(incident_id), headers=headers).status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(send, clients))

        assert sorted(statuses) == [201] * 7 + [429] * 9
        who = authenticate(api.app, api.token)
        ledger = api.app.repository.get(ledger_id_for(who.company_id, who.user_id))
        assert isinstance(ledger, SendingLedger) and len(ledger.recent) == 7
