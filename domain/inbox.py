"""A user's inbox of alerts: which of the alerts addressed to him he has read.

Alerts themselves are derived from other records' events by the notice-board projection, with ids
that are stable across rebuilds; reading one is the user's own act, so it is an event here.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.record_rules import RecordRule


def inbox_id_for(user_id: UUID) -> UUID:
    return uuid5(NAMESPACE_URL, f"cronica:inbox:{user_id}")


class Inbox(CronicaAggregate):
    """The alerts one user has marked read."""

    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    @property
    def people(self) -> frozenset[UUID]:
        """Its user."""
        return people_named(self.user_id)

    class Opened(CronicaAggregate.Created):
        user_id: UUID

    class AlertRead(CronicaAggregate.Event):
        alert_id: UUID

    @staticmethod
    def create_id(user_id: UUID) -> UUID:
        return inbox_id_for(user_id)

    @event(Opened)
    def __init__(self, company_id: UUID, user_id: UUID) -> None:
        self.company_id = company_id
        self.user_id = user_id
        self.read: set[UUID] = set()

    def mark_read(self, alert_id: UUID) -> bool:
        """Marks the alert read; False (and no event) when it already was."""
        if alert_id in self.read:
            return False
        self._alert_read(alert_id=alert_id)
        return True

    @event(AlertRead)
    def _alert_read(self, alert_id: UUID) -> None:
        self.read.add(alert_id)
