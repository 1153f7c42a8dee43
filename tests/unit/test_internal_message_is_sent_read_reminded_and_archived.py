"""The rules of an internal message: sent to one or more users (or by a rule, once per causing
event), read by each recipient with a receipt (once), followed with a reminder until someone
clears it, archived by each recipient for himself."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import NAMESPACE_URL, UUID, uuid5

import pytest
from eventsourcing.application import Application

from cronica.domain.attachment import Attachment
from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidAttachmentError,
    InvalidReminderError,
    NaiveDateTimeError,
    NoRecipientError,
    NotARecipientError,
)
from cronica.domain.message import InternalMessage
from tests.fixtures.domain_records import ACME, replayed

ANA, LUIS, EVA, PEPE = (UUID(int=n) for n in range(1, 5))
NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
PDF = Attachment("parte.pdf", "application/pdf", 52_344, "ab" * 32)


def sent(**fields: object) -> InternalMessage:
    """A message from Ana to Luis and Eva, unless told otherwise."""
    details: dict = {
        "sender_id": ANA,
        "recipient_ids": [LUIS, EVA],
        "subject": "Printer at Talleres Pérez",
        "body": "Take the spare roller, please.",
        **fields,
    }
    return InternalMessage.send(company_id=ACME, **details)


def test_a_message_goes_to_each_recipient_once_with_its_attachments(
    acting: CommandContext,
) -> None:
    incident_id = UUID(int=99)
    message = sent(
        recipient_ids=[LUIS, EVA, LUIS],
        reminder=True,
        remind_at=NOON,
        related_type="incident",
        related_id=incident_id,
        attachments=[PDF],
    )

    assert message.recipient_ids == [LUIS, EVA]
    assert (message.reminder, message.remind_at, message.related_id) == (True, NOON, incident_id)
    assert message.attachments == [PDF]
    assert [message.concerns(user) for user in (ANA, LUIS, EVA, PEPE)] == [True, True, True, False]
    store = Application[UUID]()  # the library's JSON transcoding, in memory
    store.save(message)
    assert vars(store.repository.get(message.id)) == vars(message)
    (event,) = store.events.get(message.id)
    assert event.attachments == [  # type: ignore[attr-defined]
        {"name": "parte.pdf", "media_type": "application/pdf", "size": 52_344, "sha256": "ab" * 32}
    ]


def test_a_message_sent_by_a_rule_has_the_id_of_its_cause(acting: CommandContext) -> None:
    first = sent(sender_id=None, caused_by="incident-assigned:42:2")
    again = sent(sender_id=None, caused_by="incident-assigned:42:2")

    assert first.id == again.id == uuid5(NAMESPACE_URL, "cronica:message:incident-assigned:42:2")
    assert first.sender_id is None and first.caused_by == "incident-assigned:42:2"
    assert sent().id != sent().id


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({"recipient_ids": []}, NoRecipientError),
        ({"remind_at": NOON}, InvalidReminderError),
        ({"reminder": True, "remind_at": datetime(2025, 3, 10, 12)}, NaiveDateTimeError),
        ({"attachments": [Attachment(" ", "application/pdf", 1, "ab" * 32)]}, None),
        ({"attachments": [Attachment("a.pdf", "pdf", 1, "ab" * 32)]}, None),
        ({"attachments": [Attachment("a.pdf", "application/pdf", -1, "ab" * 32)]}, None),
        ({"attachments": [Attachment("a.pdf", "application/pdf", 1, "AB" * 32)]}, None),
    ],
)
def test_a_message_is_refused_without_recipients_or_with_malformed_parts(
    acting: CommandContext, fields: dict, refusal: type[Exception] | None
) -> None:
    with pytest.raises(refusal or InvalidAttachmentError):
        sent(**fields)


def test_each_recipient_reads_it_once_and_only_recipients_do(acting: CommandContext) -> None:
    message = sent()
    message.collect_events()

    assert message.read(LUIS, NOON) is True
    assert message.read(LUIS, datetime(2025, 3, 11, tzinfo=UTC)) is False
    for outsider in (ANA, PEPE):
        with pytest.raises(NotARecipientError):
            message.read(outsider, NOON)
    with pytest.raises(NaiveDateTimeError):
        message.read(EVA, datetime(2025, 3, 10, 12))

    (receipt,) = message.collect_events()
    assert isinstance(receipt, InternalMessage.Read)
    assert (receipt.reader_id, receipt.read_at) == (LUIS, NOON)
    assert message.read_at == {LUIS: NOON}


def test_the_reminder_is_cleared_once_by_the_sender_or_a_recipient(
    acting: CommandContext,
) -> None:
    for clearer in (ANA, EVA):
        message = sent(reminder=True, remind_at=NOON)
        with pytest.raises(NotARecipientError):
            message.clear_reminder(PEPE)
        message.clear_reminder(clearer)
        assert (message.reminder, message.remind_at) == (False, None)
        with pytest.raises(IllegalTransitionError):
            message.clear_reminder(clearer)
    with pytest.raises(IllegalTransitionError):
        sent().clear_reminder(LUIS)


def test_each_recipient_archives_it_for_himself_once(acting: CommandContext) -> None:
    message = sent()
    message.archive(LUIS)

    assert message.archived_by == {LUIS}
    with pytest.raises(IllegalTransitionError):
        message.archive(LUIS)
    with pytest.raises(NotARecipientError):
        message.archive(ANA)
    message.archive(EVA)
    assert message.archived_by == {LUIS, EVA}
    events = message.collect_events()
    assert [type(e) for e in events] == [
        InternalMessage.Sent,
        InternalMessage.Archived,
        InternalMessage.Archived,
    ]
    assert vars(replayed(InternalMessage, events)) == vars(message) | {"_pending_events": []}
