"""The notice (aviso): a message taken for someone, forwarded, worked on, resolved, reopened."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.context import current_context
from cronica.domain.errors import IllegalTransitionError
from cronica.domain.event_values import ValuesOf
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.moments import require_aware
from cronica.domain.notice_values import (
    Caller,
    CallerKind,
    NoticeAction,
    NoticeStatus,
    Resolution,
    require_after,
    require_consistent,
    require_importance,
)
from cronica.domain.record_rules import RecordRule


class Notice(StatusGuarded, CronicaAggregate):
    """A message for one recipient (a call from a customer or a supplier), numbered AV-000001 on.

    `taken_by` and an action's `noted_by` are the actor ids of the commands that recorded them.
    """

    noun = "a notice"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """The user it is addressed to."""
        return people_named(self.recipient_id)

    class Logged(CronicaAggregate.Created):
        number: str
        taken_at: datetime
        taken_by: str
        caller_kind: Annotated[str, ValuesOf(CallerKind)]
        caller_customer_id: UUID | None
        caller_name: str | None
        caller_phone: str | None
        recipient_id: UUID
        code: str
        text: str
        importance: int

    class Forwarded(CronicaAggregate.Event):
        previous_recipient_id: UUID
        recipient_id: UUID
        comment: str | None

    class ActionNoted(CronicaAggregate.Event):
        description: str
        noted_by: str
        done_at: datetime

    class Resolved(CronicaAggregate.Event):
        resolved_at: datetime
        resolver_id: UUID
        department: str
        work_centre: str
        resolution_code: str
        solution: str

    class Reopened(CronicaAggregate.Event):
        reason: str

    @classmethod
    def log(
        cls,
        *,
        company_id: UUID,
        number: str,
        taken_at: datetime,
        caller: Caller,
        recipient_id: UUID,
        code: str,
        text: str,
        importance: int,
    ) -> Notice:
        """Logs a message taken by the acting user for the recipient; `code` is its nature."""
        require_aware(taken_at, "the time the notice was taken")
        require_consistent(caller)
        require_importance(importance)
        return cls(
            company_id=company_id,
            number=number,
            taken_at=taken_at,
            taken_by=current_context().actor_id,
            caller_kind=CallerKind(caller.kind).value,
            caller_customer_id=caller.customer_id,
            caller_name=caller.name,
            caller_phone=caller.phone,
            recipient_id=recipient_id,
            code=code,
            text=text,
            importance=importance,
        )

    @event(Logged)
    def __init__(
        self,
        company_id: UUID,
        number: str,
        taken_at: datetime,
        taken_by: str,
        caller_kind: str,
        caller_customer_id: UUID | None,
        caller_name: str | None,
        caller_phone: str | None,
        recipient_id: UUID,
        code: str,
        text: str,
        importance: int,
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.taken_at = taken_at
        self.taken_by = taken_by
        self.caller = Caller(CallerKind(caller_kind), caller_customer_id, caller_name, caller_phone)
        self.recipient_id = recipient_id
        self.code = code
        self.text = text
        self.importance = importance
        self.status = NoticeStatus.OPEN
        self.actions: list[NoticeAction] = []
        self.resolution: Resolution | None = None

    @property
    def stands_out(self) -> bool:
        """Unresolved notices stand out (DOMAIN.md): every open one, whatever its importance."""
        return self.status is NoticeStatus.OPEN

    def forward(self, recipient_id: UUID, comment: str | None = None) -> None:
        self._require({NoticeStatus.OPEN}, "forward")
        if recipient_id == self.recipient_id:
            raise IllegalTransitionError(f"the notice is already addressed to {recipient_id}")
        self._forwarded(
            previous_recipient_id=self.recipient_id, recipient_id=recipient_id, comment=comment
        )

    @event(Forwarded)
    def _forwarded(
        self, previous_recipient_id: UUID, recipient_id: UUID, comment: str | None
    ) -> None:
        self.recipient_id = recipient_id

    def note_action(self, description: str, done_at: datetime) -> None:
        """Notes what the acting user did to resolve the notice, and when he did it."""
        self._require({NoticeStatus.OPEN}, "note an action on")
        require_after(self.taken_at, done_at, "an action", "done_at")
        self._action_noted(
            description=description, noted_by=current_context().actor_id, done_at=done_at
        )

    @event(ActionNoted)
    def _action_noted(self, description: str, noted_by: str, done_at: datetime) -> None:
        self.actions.append(NoticeAction(description, noted_by, done_at))

    def resolve(self, resolution: Resolution) -> None:
        self._require({NoticeStatus.OPEN}, "resolve")
        require_after(self.taken_at, resolution.resolved_at, "the resolution", "resolved_at")
        self._resolved(
            resolved_at=resolution.resolved_at,
            resolver_id=resolution.resolver_id,
            department=resolution.department,
            work_centre=resolution.work_centre,
            resolution_code=resolution.code,
            solution=resolution.solution,
        )

    @event(Resolved)
    def _resolved(
        self,
        resolved_at: datetime,
        resolver_id: UUID,
        department: str,
        work_centre: str,
        resolution_code: str,
        solution: str,
    ) -> None:
        self.status = NoticeStatus.RESOLVED
        self.resolution = Resolution(
            resolved_at, resolver_id, department, work_centre, resolution_code, solution
        )

    def reopen(self, reason: str) -> None:
        self._require({NoticeStatus.RESOLVED}, "reopen")
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = NoticeStatus.OPEN
        self.resolution = None
