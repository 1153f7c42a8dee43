"""Marking an alert of the notice board as read."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.errors import RecordNotFoundError
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.inbox import Inbox, inbox_id_for


def mark_alert_read(call: CommandCall, alert_id: UUID) -> Written:
    def decide() -> list[CronicaAggregate]:
        try:
            inbox = call.app.load(Inbox, inbox_id_for(call.who.user_id), call.who.company_id)
        except RecordNotFoundError:
            inbox = Inbox(company_id=call.who.company_id, user_id=call.who.user_id)
        inbox.mark_read(alert_id)
        return [inbox]

    return call.write(decide)
