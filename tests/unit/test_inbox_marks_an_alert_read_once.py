"""A user's inbox: reading an alert is an event, reading it again is not."""

from __future__ import annotations

from uuid import uuid4

from cronica.domain.context import CommandContext
from cronica.domain.inbox import Inbox, inbox_id_for
from tests.fixtures.domain_records import ACME, replayed


def test_an_alert_is_marked_read_once(acting: CommandContext) -> None:
    user_id, alert = uuid4(), uuid4()
    inbox = Inbox(company_id=ACME, user_id=user_id)

    assert inbox.mark_read(alert) is True
    assert inbox.mark_read(alert) is False

    events = inbox.collect_events()
    assert [type(e) for e in events] == [Inbox.Opened, Inbox.AlertRead]
    assert inbox.id == inbox_id_for(user_id)
    assert replayed(Inbox, events).read == {alert}
