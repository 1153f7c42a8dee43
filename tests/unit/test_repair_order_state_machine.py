"""Random command sequences on one repair order, checked after every step against a simple model.

The model knows only what the rules say: the status, the slot, the minutes worked, how many
materials were used, the latest delivery and verification, and how many events the accepted
commands triggered. A value that breaks a rule is refused when it is built, before the order sees
it; a command that does not apply to the status is refused by the order. Either way exactly the
DomainError the rules name is raised, and no event is triggered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import (
    DomainError,
    IllegalTransitionError,
    InvalidQuantityError,
    InvalidRatingError,
    InvalidTimeRangeError,
)
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import (
    Delivery,
    MaterialUse,
    ScheduledSlot,
    Verification,
    WorkDone,
)
from cronica.domain.repair_order_values import RepairOrderStatus as S
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.new_records.repair_order import new_repair_order

# Few technicians and days, so that sequences often plan the same slot twice.
TECHNICIANS = [UUID(int=n) for n in range(1, 3)]
MONDAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
# Sampled rather than drawn from a range: hypothesis favours 0, which would make most work invalid
# and keep sequences from reaching delivery and verification.
HOURS = [-1, 0, 1, 2, 3]
SECONDS = [-60, 0, 59, 60, 1800, 3601, 7200]


@dataclass
class Model:
    """What the repair order should look like, from the rules alone."""

    status: S = S.RECEIVED
    slot: ScheduledSlot | None = None
    minutes: int = 0
    materials: int = 0
    delivery: Delivery | None = None
    verification: Verification | None = None


class RepairOrderMachine(AggregateMachine[RepairOrder]):
    @initialize(head_start=st.integers(0, 3))
    def receive(self, head_start: int) -> None:
        """Receives the order, then takes it through the first `head_start` steps of the happy
        path (scheduled, finished, delivered), so that short sequences reach the later rules."""
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.begin(new_repair_order())
        happy_path = [
            lambda: self.schedule(TECHNICIANS[0], day=0, hours=2),
            lambda: self.register_work(seconds=3601, finishes=True),
            lambda: self.deliver(day=2),
        ]
        for step in happy_path[:head_start]:
            step()

    def unless_in(self, *statuses: S) -> type[DomainError] | None:
        return illegal_if(self.model.status not in statuses)

    @rule(
        technician=st.sampled_from(TECHNICIANS), day=st.integers(0, 1), hours=st.sampled_from(HOURS)
    )
    def schedule(self, technician: UUID, day: int, hours: int) -> None:
        start = MONDAY + timedelta(days=day)
        end = start + timedelta(hours=hours)
        refusal = None if hours > 0 else InvalidTimeRangeError
        refusal = refusal or self.unless_in(S.RECEIVED, S.SCHEDULED, S.IN_PROGRESS)
        if refusal is None and ScheduledSlot(technician, start, end) == self.model.slot:
            refusal = IllegalTransitionError
        if self.attempt(
            lambda o: o.schedule(ScheduledSlot(technician, start, end)),
            refusal,
            RepairOrder.Scheduled,
        ):
            self.model.slot = ScheduledSlot(technician, start, end)
            if self.model.status is not S.IN_PROGRESS:
                self.model.status = S.SCHEDULED

    @rule(seconds=st.sampled_from(SECONDS), finishes=st.booleans())
    def register_work(self, seconds: int, finishes: bool) -> None:
        ended = MONDAY + timedelta(seconds=seconds)
        refusal = None if seconds > 0 else InvalidTimeRangeError
        refusal = refusal or self.unless_in(S.SCHEDULED, S.IN_PROGRESS)
        if self.attempt(
            lambda o: o.register_work(WorkDone(TECHNICIANS[0], "Worked", MONDAY, ended, finishes)),
            refusal,
            RepairOrder.WorkRegistered,
        ):
            self.model.minutes += seconds // 60
            self.model.status = S.FINISHED if finishes else S.IN_PROGRESS

    @rule(quantity=st.sampled_from(["-2", "0", "0.5", "3"]))
    def use_material(self, quantity: str) -> None:
        refusal = None if Decimal(quantity) > 0 else InvalidQuantityError
        refusal = refusal or self.unless_in(S.IN_PROGRESS, S.FINISHED)
        if self.attempt(
            lambda o: o.use_material(MaterialUse("P-1", "Part", Decimal(quantity))),
            refusal,
            RepairOrder.MaterialUsed,
        ):
            self.model.materials += 1

    @rule(day=st.integers(2, 9))
    def deliver(self, day: int) -> None:
        delivery = Delivery(MONDAY + timedelta(days=day), TECHNICIANS[1])
        refusal = self.unless_in(S.FINISHED)
        if self.attempt(lambda o: o.deliver(delivery), refusal, RepairOrder.Delivered):
            self.model.status, self.model.delivery = S.DELIVERED, delivery

    @rule(rating=st.sampled_from(range(-1, 7)))
    def verify(self, rating: int) -> None:
        refusal = None if 1 <= rating <= 5 else InvalidRatingError
        refusal = refusal or self.unless_in(S.DELIVERED)
        unsatisfied = rating <= 2
        events = [RepairOrder.Verified] + ([RepairOrder.Reopened] if unsatisfied else [])
        if self.attempt(lambda o: o.verify(Verification("Said so", rating)), refusal, *events):
            self.model.verification = Verification("Said so", rating)
            self.model.status = S.IN_PROGRESS if unsatisfied else S.VERIFIED

    @rule()
    def close(self) -> None:
        refusal = self.unless_in(S.DELIVERED, S.VERIFIED)
        if self.attempt(lambda o: o.close(), refusal, RepairOrder.Closed):
            self.model.status = S.CLOSED

    @rule()
    def reopen(self) -> None:
        refusal = self.unless_in(S.FINISHED, S.DELIVERED, S.VERIFIED, S.CLOSED)
        if self.attempt(lambda o: o.reopen("Still broken"), refusal, RepairOrder.Reopened):
            self.model.status = S.IN_PROGRESS

    @invariant()
    def the_order_matches_the_model(self) -> None:
        order, model = self.aggregate, self.model
        assert order.status is model.status
        assert order.slot == model.slot
        assert order.minutes_worked == model.minutes
        assert len(order.materials) == model.materials
        assert (order.delivery, order.verification) == (model.delivery, model.verification)


TestRepairOrderStateMachine = machine_test(RepairOrderMachine, steps=25)
