"""The enabled administrators of a company, kept on one record so that the last one cannot
leave: demoting or disabling an administrator changes the roster in the same save, and two
administrators demoting each other at once race on it (one of them is refused)."""

from __future__ import annotations

from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.credential_errors import LastAdminError
from cronica.domain.record_rules import RecordRule


def admin_roster_id_for(company_id: UUID) -> UUID:
    return uuid5(NAMESPACE_URL, f"cronica:admin-roster:{company_id}")


class AdminRoster(CronicaAggregate):
    """The ids of the company's enabled administrators. Administrators who were made before
    the roster existed join it the first time they give a command of administrators."""

    company_wide = True
    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Started(CronicaAggregate.Created):
        pass

    class Joined(CronicaAggregate.Event):
        user_id: UUID

    class Left(CronicaAggregate.Event):
        user_id: UUID

    @staticmethod
    def create_id(company_id: UUID) -> UUID:
        return admin_roster_id_for(company_id)

    @event(Started)
    def __init__(self, company_id: UUID) -> None:
        self.company_id = company_id
        self.admin_ids: list[UUID] = []

    def join(self, user_id: UUID) -> None:
        if user_id not in self.admin_ids:
            self._joined(user_id=user_id)

    @event(Joined)
    def _joined(self, user_id: UUID) -> None:
        self.admin_ids.append(user_id)

    def leave(self, user_id: UUID) -> None:
        """Takes the user off the roster; refused if he is its last administrator."""
        if user_id not in self.admin_ids:
            return
        if self.admin_ids == [user_id]:
            raise LastAdminError(
                f"user {user_id} is the company's last enabled administrator: make another "
                "one first"
            )
        self._left(user_id=user_id)

    @event(Left)
    def _left(self, user_id: UUID) -> None:
        self.admin_ids.remove(user_id)
