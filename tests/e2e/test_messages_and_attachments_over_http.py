"""Internal messages over HTTP: an attachment uploaded and downloaded (within its company only),
a message sent with it, read with a receipt (once), its reminder cleared, archived by each
recipient; each refusal answers problem+json and writes no event (`api.refused`)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any
from uuid import UUID

from cronica.commands.identity import add_user, ensure_company
from cronica.domain.attachment import Attachment
from cronica.domain.message import InternalMessage
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.http.own_record_calls import as_user

MESSAGES = "/v1/messages"
ATTACHMENTS = "/v1/attachments"
PDF = b"%PDF-1.4 delivery note of the spare roller\n" * 100
SHA = hashlib.sha256(PDF).hexdigest()


def letter(*recipients: UUID, **fields: Any) -> dict[str, Any]:
    return {
        "recipientIds": [str(user_id) for user_id in recipients],
        "subject": "Spare roller",
        "body": "Take it to Talleres Pérez, please.",
        **fields,
    }


def download(api: CommandApi, sha256: str, message_id: str, token: str) -> Any:
    headers = {"Authorization": f"Bearer {token}"}
    return api.client.get(f"{ATTACHMENTS}/{sha256}?messageId={message_id}", headers=headers)


def test_a_message_with_an_attachment_is_sent_read_and_archived(settings: Settings) -> None:
    with running_api(settings) as api:
        luis, eva = api.user("technician", "Luis Gil"), api.user("office", "Eva Soto")
        incident_id = api.incident()
        for _ in range(2):  # the same bytes again: the same digest
            uploaded = api.post(ATTACHMENTS, PDF)
            assert uploaded.status_code == 201, uploaded.text
            assert uploaded.json() == {"sha256": SHA, "size": len(PDF)}
            assert uploaded.headers["Location"] == f"{ATTACHMENTS}/{SHA}"

        attachment = {"sha256": SHA, "name": "albaran.pdf", "mediaType": "application/pdf"}
        body = letter(
            luis.user_id,
            eva.user_id,
            reminder=True,
            remindAt="2025-03-11T09:00:00+01:00",
            relatedRecord={"type": "incident", "id": incident_id},
            attachments=[attachment],
        )
        response = api.post(MESSAGES, body)
        assert response.status_code == 201, response.text
        assert response.headers["ETag"] == '"1"'
        message_id = response.json()["id"]
        url = f"{MESSAGES}/{message_id}"

        assert api.created(f"{url}/read", None, **as_user(luis))["version"] == 2
        before = api.position()
        again = api.created(f"{url}/read", None, **as_user(luis))
        assert (again["version"], api.position()) == (2, before)  # no second receipt
        assert api.created(f"{url}/clear-reminder", None, **as_user(eva))["version"] == 3
        assert api.created(f"{url}/archive", None, If_Match='"3"', **as_user(luis))["version"] == 4

        message = api.app.repository.get(UUID(message_id))
        assert isinstance(message, InternalMessage)
        assert message.recipient_ids == [luis.user_id, eva.user_id]
        assert (message.related_type, message.related_id) == ("incident", UUID(incident_id))
        assert message.attachments == [Attachment("albaran.pdf", "application/pdf", len(PDF), SHA)]
        assert (set(message.read_at), message.archived_by, message.reminder) == (
            {luis.user_id},
            {luis.user_id},
            False,
        )
        got = download(api, SHA, message_id, luis.token)
        assert (got.status_code, got.content, got.headers["content-type"]) == (
            200,
            PDF,
            "application/octet-stream",
        )
        # The message read over GraphQL names its files and where to download each.
        api.settled()
        read = api.client.post(
            "/graphql",
            json={"query": f'{{ message(id: "{message_id}") {{ attachments {{ name url }} }} }}'},
            headers={"Authorization": f"Bearer {luis.token}"},
        ).json()
        (shown,) = read["data"]["message"]["attachments"]
        assert shown["name"] == "albaran.pdf"
        assert api.client.get(shown["url"], headers=as_user(luis)).content == PDF
        assert got.headers["ETag"] == f'"{SHA}"'
        # Only who may read the message downloads what it names: its people and auditors.
        rosa, pilar = api.user("agent", "Rosa Sanz"), api.user("auditor", "Pilar Mora")
        plain = api.created(MESSAGES, letter(rosa.user_id))["id"]
        for reader, message, status in [
            (rosa, message_id, 404),
            (api, message_id, 200),
            (pilar, message_id, 200),
            (rosa, plain, 404),
        ]:
            assert download(api, SHA, message, reader.token).status_code == status

        # Another company's user neither downloads the bytes nor names them in a message.
        ensure_company(api.app, "other", "Otra S.L.")
        stranger = add_user(api.app, "other", "Olga Ruiz", "agent")
        assert download(api, SHA, message_id, stranger.token).status_code == 404
        colleague = add_user(api.app, "other", "Omar Gil", "agent")
        foreign = letter(colleague.user_id, attachments=[attachment])
        named = api.fields_refused(MESSAGES, foreign, "unknown-reference", **as_user(stranger))
        assert named == ["attachments"]


def test_refused_message_commands_and_uploads_write_nothing(settings: Settings) -> None:
    small = settings.model_copy(update={"attachment_max_bytes": 1_000})
    with running_api(small) as api:
        luis, eva = api.user("technician", "Luis Gil"), api.user("office", "Eva Soto")
        message_id = api.created(MESSAGES, letter(luis.user_id))["id"]
        url = f"{MESSAGES}/{message_id}"
        nobody = str(uuid.uuid4())

        # Unknown in the body: 422 naming the field; malformed: 422 invalid-body.
        unknown = [
            (letter(UUID(nobody)), "recipientIds"),
            (
                letter(luis.user_id, relatedRecord={"type": "incident", "id": nobody}),
                "relatedRecord",
            ),
            (letter(luis.user_id, attachments=[{"sha256": "0" * 64, "name": "a"}]), "attachments"),
        ]
        for body, field in unknown:
            assert api.fields_refused(MESSAGES, body, "unknown-reference") == [field]
        for body, field in [
            (letter(), "recipientIds"),
            (
                letter(luis.user_id, attachments=[{"sha256": "X", "name": "a"}]),
                "attachments[0].sha256",
            ),
            (letter(luis.user_id, remindAt="2025-03-11T09:00:00"), "remindAt"),
            (letter(luis.user_id, senderId=nobody), "senderId"),
        ]:
            assert field in api.fields_refused(MESSAGES, body, "invalid-body")
        remind_alone = letter(luis.user_id, remindAt="2025-03-11T09:00:00+01:00")
        assert api.fields_refused(MESSAGES, remind_alone, "invalid-reminder") == ["remindAt"]

        # Its sender is not a recipient; to other users it does not exist.
        api.refused(f"{url}/read", None, 422, "not-a-recipient")
        api.refused(f"{url}/archive", None, 422, "not-a-recipient")
        for path in (f"{url}/read", f"{url}/clear-reminder"):
            api.refused(path, None, 404, "not-found", **as_user(eva))
        api.refused(f"{MESSAGES}/{nobody}/read", None, 404, "not-found")
        api.refused(f"{url}/clear-reminder", None, 409, "illegal-transition")  # no reminder
        api.refused(f"{url}/archive", None, 412, "stale-version", If_Match='"5"', **as_user(luis))
        api.created(f"{url}/archive", None, **as_user(luis))
        api.refused(f"{url}/archive", None, 409, "illegal-transition", **as_user(luis))

        # Uploads: over the limit (413), without a token (401); downloads of nothing.
        api.refused(ATTACHMENTS, b"x" * 1_001, 413, "about:blank")
        api.refused(ATTACHMENTS, b"x", 401, "unauthenticated", token="")
        chunked = api.client.post(  # no Content-Length: counted as it streams in
            ATTACHMENTS, content=iter([b"x" * 600] * 2), headers=as_user(luis)
        )
        assert chunked.status_code == 413
        assert download(api, "0" * 64, message_id, api.token).status_code == 404
        assert download(api, "not-a-digest", message_id, api.token).status_code == 422
        assert api.post(ATTACHMENTS, b"x" * 1_000).status_code == 201
