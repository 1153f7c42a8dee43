"""The rules of an e-mail: queued to valid addresses with a one-line subject, each attempt
recorded once as sent or failed, a failed one retried as the next attempt."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.email import ERROR_LENGTH, Email, EmailStatus
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidEmailError,
    NaiveDateTimeError,
    NoRecipientError,
)
from tests.fixtures.domain_records import ACME, replayed

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def queued(**fields: object) -> Email:
    details: dict = {
        "to": ["pedro@talleres-perez.es"],
        "subject": "Su incidencia INC-000001",
        "body": "Hemos cambiado el rodillo.",
        **fields,
    }
    return Email.queue(
        company_id=ACME,
        sender_id=UUID(int=1),
        related_type="incident",
        related_id=UUID(int=2),
        **details,
    )


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({"to": []}, NoRecipientError),
        ({"to": ["pedro"]}, InvalidEmailError),
        ({"to": ["pedro perez@talleres.es"]}, InvalidEmailError),
        ({"cc": ["a@b.es\r\nBcc: spy@evil.com"]}, InvalidEmailError),
        ({"cc": ["<pedro@talleres.es>"]}, InvalidEmailError),
        ({"subject": "Hello\r\nBcc: spy@evil.com"}, InvalidEmailError),
    ],
)
def test_an_email_is_refused_without_recipients_or_with_what_would_break_its_headers(
    acting: CommandContext, fields: dict, refusal: type[Exception]
) -> None:
    with pytest.raises(refusal):
        queued(**fields)


def test_an_attempt_is_recorded_sent_once(acting: CommandContext) -> None:
    email = queued(cc=["taller@talleres-perez.es"])
    assert (email.status, email.attempt, email.awaits(1), email.awaits(2)) == (
        EmailStatus.QUEUED,
        1,
        True,
        False,
    )

    with pytest.raises(IllegalTransitionError):
        email.record_sent(2, "<x@acme.es>", NOON)
    with pytest.raises(NaiveDateTimeError):
        email.record_sent(1, "<x@acme.es>", datetime(2025, 3, 10, 12))
    email.record_sent(1, "<x@acme.es>", NOON, ["taller@talleres-perez.es"])

    assert (email.status, email.smtp_message_id, email.sent_at) == (
        EmailStatus.SENT,
        "<x@acme.es>",
        NOON,
    )
    assert not email.awaits(1)
    for record in (
        lambda: email.record_sent(1, "<y@acme.es>", NOON),
        lambda: email.record_failure(1, "late"),
        email.retry,
    ):
        with pytest.raises(IllegalTransitionError):
            record()


def test_a_failed_attempt_is_retried_as_the_next_one(acting: CommandContext) -> None:
    email = queued()
    with pytest.raises(IllegalTransitionError):
        email.retry()
    email.record_failure(1, "x" * (ERROR_LENGTH + 50))

    assert (email.status, email.error) == (EmailStatus.FAILED, "x" * ERROR_LENGTH)
    with pytest.raises(IllegalTransitionError):
        email.record_failure(1, "again")
    email.retry()
    assert (email.status, email.attempt, email.error) == (EmailStatus.QUEUED, 2, None)
    with pytest.raises(IllegalTransitionError):
        email.record_failure(1, "the first attempt's, late")
    email.record_sent(2, "<z@acme.es>", NOON)

    events = email.collect_events()
    assert [type(e).__name__ for e in events] == ["Queued", "Failed", "Retried", "Sent"]
    assert vars(replayed(Email, events)) == vars(email) | {"_pending_events": []}
