"""The repair order (technical service): received, scheduled, worked on, delivered, verified."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Annotated, ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain import lifecycle_steps as steps
from cronica.domain import repair_order_values as values
from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError
from cronica.domain.event_values import ValuesOf
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.priority import Priority
from cronica.domain.record_rules import RecordRule
from cronica.domain.repair_order_values import RepairOrderStatus as Status


class RepairOrder(StatusGuarded, CronicaAggregate):
    """An article handed in for repair, with a consecutive number within its company.

    The lifecycle's *created* is `Received`, *assigned* is `Scheduled` (a technician and a slot in
    his planning), *followed-up* is `WorkRegistered`, *closed* (completed) is `Closed`. Legal
    transitions, any other is refused:

    - schedule: received, scheduled -> scheduled; in_progress -> in_progress (a new slot only)
    - register work (only once planned): scheduled, in_progress -> in_progress, or -> finished
      when it finishes the service
    - use material: in_progress, finished (parts are often noted after the last work)
    - deliver: finished -> delivered
    - verify: delivered -> verified; a rating of 1 or 2 then reopens it: -> in_progress
    - close: delivered, verified -> closed (a customer who cannot be reached is not verified)
    - reopen: finished, delivered, verified, closed -> in_progress (the latest delivery and
      verification stay on record)
    """

    noun = "a repair order"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """The technician it is scheduled for."""
        return people_named(self.slot.technician_id if self.slot else None)

    class Received(CronicaAggregate.Created):
        lifecycle = steps.CREATED
        number: str
        customer_id: UUID
        contact_id: UUID | None
        project_id: UUID | None
        priority: Annotated[str, ValuesOf(Priority)]
        reception: values.ReceptionData

    class Scheduled(CronicaAggregate.Event):
        lifecycle = steps.ASSIGNED
        technician_id: UUID
        starts_at: datetime
        ends_at: datetime

    class WorkRegistered(CronicaAggregate.Event):
        lifecycle = steps.FOLLOWED_UP
        technician_id: UUID
        work_done: str
        started_at: datetime
        ended_at: datetime
        finishes_service: bool

    class MaterialUsed(CronicaAggregate.Event):
        reference: str
        description: str
        quantity: str  # a Decimal as text: JSON and the bus carry it exactly

    class Delivered(CronicaAggregate.Event):
        delivered_at: datetime
        technician_id: UUID

    class Verified(CronicaAggregate.Event):
        comments: str
        rating: int

    class Closed(CronicaAggregate.Event):
        lifecycle = steps.closed(steps.Outcome.COMPLETED)

    class Reopened(CronicaAggregate.Event):
        lifecycle = steps.REOPENED
        reason: str

    @classmethod
    def receive(
        cls,
        *,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None = None,
        project_id: UUID | None = None,
        priority: str = Priority.NORMAL.value,
        reception: values.Reception,
    ) -> RepairOrder:
        """Registers an article handed in by a customer, with what he says is wrong with it."""
        return cls(
            company_id=company_id,
            number=number,
            customer_id=customer_id,
            contact_id=contact_id,
            project_id=project_id,
            priority=Priority(priority).value,
            reception=reception.to_event_data(),
        )

    @event(Received)
    def __init__(
        self,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None,
        project_id: UUID | None,
        priority: str,
        reception: values.ReceptionData,
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.customer_id = customer_id
        self.contact_id = contact_id
        self.project_id = project_id
        self.priority = Priority(priority)
        self.reception = values.Reception.from_event_data(reception)
        self.status = Status.RECEIVED
        self.slot: values.ScheduledSlot | None = None
        self.minutes_worked = 0
        self.materials: tuple[values.MaterialUse, ...] = ()
        self.delivery: values.Delivery | None = None
        self.verification: values.Verification | None = None

    def schedule(self, slot: values.ScheduledSlot) -> None:
        """Assigns the order to a technician for a slot of his planning, or plans it again."""
        self._require({Status.RECEIVED, Status.SCHEDULED, Status.IN_PROGRESS}, "schedule")
        if slot == self.slot:
            raise IllegalTransitionError("the repair order is already scheduled for that slot")
        self._scheduled(**asdict(slot))

    @event(Scheduled)
    def _scheduled(self, technician_id: UUID, starts_at: datetime, ends_at: datetime) -> None:
        self.slot = values.ScheduledSlot(technician_id, starts_at, ends_at)
        if self.status is not Status.IN_PROGRESS:
            self.status = Status.SCHEDULED

    def register_work(self, work: values.WorkDone) -> None:
        """Records labour on the order (a line of the technician's timesheet)."""
        self._require({Status.SCHEDULED, Status.IN_PROGRESS}, "register work on")
        self._work_registered(**asdict(work))

    @event(WorkRegistered)
    def _work_registered(
        self,
        technician_id: UUID,
        work_done: str,
        started_at: datetime,
        ended_at: datetime,
        finishes_service: bool,
    ) -> None:
        self.minutes_worked += int((ended_at - started_at).total_seconds() // 60)
        self.status = Status.FINISHED if finishes_service else Status.IN_PROGRESS

    def use_material(self, material: values.MaterialUse) -> None:
        self._require({Status.IN_PROGRESS, Status.FINISHED}, "use materials on")
        self._material_used(**material.to_event_data())

    @event(MaterialUsed)
    def _material_used(self, reference: str, description: str, quantity: str) -> None:
        self.materials += (values.MaterialUse.from_event_data(reference, description, quantity),)

    def deliver(self, delivery: values.Delivery) -> None:
        self._require({Status.FINISHED}, "deliver")
        self._delivered(**asdict(delivery))

    @event(Delivered)
    def _delivered(self, delivered_at: datetime, technician_id: UUID) -> None:
        self.status = Status.DELIVERED
        self.delivery = values.Delivery(delivered_at, technician_id)

    def verify(self, verification: values.Verification) -> None:
        """Records the customer's verdict; an unsatisfied customer reopens the order at once."""
        self._require({Status.DELIVERED}, "verify")
        self._verified(**asdict(verification))
        if not verification.customer_satisfied:
            self._reopened(reason=f"The customer rated the service {verification.rating}/5")

    @event(Verified)
    def _verified(self, comments: str, rating: int) -> None:
        self.status = Status.VERIFIED
        self.verification = values.Verification(comments, rating)

    def close(self) -> None:
        self._require({Status.DELIVERED, Status.VERIFIED}, "close")
        self._closed()

    @event(Closed)
    def _closed(self) -> None:
        self.status = Status.CLOSED

    def reopen(self, reason: str) -> None:
        self._require({Status.FINISHED, Status.DELIVERED, Status.VERIFIED, Status.CLOSED}, "reopen")
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = Status.IN_PROGRESS
