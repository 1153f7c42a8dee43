"""Marking an alert of the notice board as read."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.errors import RecordNotFoundError
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.inbox import Inbox, inbox_id_for


def mark_alert_read(
    app: CronicaApplication, who: Principal, request: CommandRequest, alert_id: UUID
) -> Written:
    def decide() -> list[CronicaAggregate]:
        try:
            inbox = app.load(Inbox, inbox_id_for(who.user_id), who.company_id)
        except RecordNotFoundError:
            inbox = Inbox(company_id=who.company_id, user_id=who.user_id)
        inbox.mark_read(alert_id)
        return [inbox]

    return app.write(request, decide)
