"""Random command sequences on one task, checked after every step against a simple model.

The model knows only what the rules say: the status, the operator, the schedule, whether it is a
history note, how it ended (outcome and next task, closing note, cancellation reason), and how
many events the accepted commands triggered. A schedule that ends before it starts is refused
when it is built; a command that does not apply is refused by the task. Either way exactly the
DomainError the rules name is raised, and no event is triggered. Every follow-up's next task is
checked too: planned, one event, naming the task it follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import DomainError, IllegalTransitionError, InvalidTimeRangeError
from cronica.domain.task import Task
from cronica.domain.task_values import Schedule, TaskDetails, TaskLinks, TaskSpec
from cronica.domain.task_values import TaskStatus as S
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME
from tests.fixtures.new_records.task import NINE, new_task

# Few users and times, so that sequences often repeat an operator or a schedule.
USERS = [UUID(int=n) for n in range(1, 4)]
OPERATORS = [None, *USERS]
HOURS = [None, -1, 0, 1, 2]  # the schedule's length; None: without a deadline
CALL = TaskDetails("Call back about the quote", "call")
AS_PLANNED = Schedule(NINE, NINE + timedelta(hours=1))  # what `new_task` plans


@dataclass
class Model:
    """What the task should look like, from the rules alone."""

    status: S = S.PLANNED
    operator: UUID | None = None
    schedule: Schedule = AS_PLANNED
    is_history_note: bool = False
    outcome: str | None = None
    next_task_id: UUID | None = None
    closing_note: str | None = None
    cancellation_reason: str | None = None


class TaskMachine(AggregateMachine[Task]):
    @initialize(operator=st.sampled_from(OPERATORS), history_note=st.booleans())
    def create(self, operator: UUID | None, history_note: bool) -> None:
        """Plans a task (maybe in preparation), or records a history note of work already done."""
        self.model = Model(operator=operator, is_history_note=history_note)
        with acting_as(TEST_CONTEXT):
            if history_note:
                task = Task.record_history_note(
                    company_id=ACME,
                    number="TSK-000001",
                    links=TaskLinks(UUID(int=99)),
                    spec=TaskSpec(CALL, self.model.schedule, operator),
                    now=NINE + timedelta(days=1),
                )
                self.model.status = S.DONE
            else:
                task = new_task(operator_id=operator)
            self.begin(task)

    def unless_planned(self) -> type[DomainError] | None:
        return illegal_if(self.model.status is not S.PLANNED)

    @rule(user=st.sampled_from(USERS))
    def take_charge(self, user: UUID) -> None:
        refusal = self.unless_planned()
        if refusal is None and self.model.operator is not None:
            refusal = IllegalTransitionError
        if self.attempt(lambda t: t.take_charge(user), refusal, Task.TakenInCharge):
            self.model.operator = user

    @rule(user=st.sampled_from(USERS))
    def reassign(self, user: UUID) -> None:
        refusal = self.unless_planned()
        if refusal is None and user == self.model.operator:
            refusal = IllegalTransitionError
        if self.attempt(lambda t: t.reassign(user), refusal, Task.Reassigned):
            self.model.operator = user

    @rule(day=st.integers(0, 1), hours=st.sampled_from(HOURS))
    def reschedule(self, day: int, hours: int | None) -> None:
        start = NINE + timedelta(days=day)
        end = None if hours is None else start + timedelta(hours=hours)
        refusal = None if hours is None or hours > 0 else InvalidTimeRangeError
        refusal = refusal or self.unless_planned()
        if refusal is None and Schedule(start, end) == self.model.schedule:
            refusal = IllegalTransitionError
        if self.attempt(lambda t: t.reschedule(Schedule(start, end)), refusal, Task.Rescheduled):
            self.model.schedule = Schedule(start, end)

    @rule(operator=st.sampled_from(OPERATORS))
    def follow_up(self, operator: UUID | None) -> None:
        spec = TaskSpec(CALL, Schedule(NINE + timedelta(days=3)), operator)
        following: list[Task] = []
        if self.attempt(
            lambda t: following.append(t.follow_up("Interested", "TSK-000002", spec)),
            self.unless_planned(),
            Task.FollowedUp,
        ):
            (next_task,) = following
            (planned,) = next_task.collect_events()
            assert (
                isinstance(planned, Task.Planned) and planned.follows_task_id == self.aggregate.id
            )
            assert (next_task.status, next_task.operator_id) == (S.PLANNED, operator)
            assert next_task.links == self.aggregate.links
            self.model.status, self.model.outcome = S.DONE, "Interested"
            self.model.next_task_id = next_task.id

    @rule(note=st.sampled_from([None, "Sent the brochure"]))
    def close(self, note: str | None) -> None:
        if self.attempt(lambda t: t.close(note), self.unless_planned(), Task.Closed):
            self.model.status, self.model.closing_note = S.DONE, note

    @rule(reason=st.sampled_from(["No longer needed", "The customer cancelled"]))
    def cancel(self, reason: str) -> None:
        if self.attempt(lambda t: t.cancel(reason), self.unless_planned(), Task.Cancelled):
            self.model.status, self.model.cancellation_reason = S.CANCELLED, reason

    @rule()
    def reopen(self) -> None:
        model = self.model
        reopenable = model.status is S.DONE and not model.is_history_note and not model.next_task_id
        refusal = illegal_if(not reopenable)
        if self.attempt(lambda t: t.reopen("Not done after all"), refusal, Task.Reopened):
            model.status, model.closing_note = S.PLANNED, None

    @invariant()
    def the_task_matches_the_model(self) -> None:
        task, model = self.aggregate, self.model
        assert task.operator_id == model.operator
        assert task.in_preparation == (model.status is S.PLANNED and model.operator is None)
        fields = ("status", "schedule", "is_history_note", "outcome", "next_task_id")
        self.assert_it_matches(model, *fields, "closing_note", "cancellation_reason")


TestTaskStateMachine = machine_test(TaskMachine, steps=25)
