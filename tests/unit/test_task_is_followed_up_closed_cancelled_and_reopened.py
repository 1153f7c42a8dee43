"""The task's rules (DOMAIN.md, Task / activity) for how it ends: followed up into the next task,
closed with or without a note, cancelled, reopened; and history notes of work already done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import IllegalTransitionError, NaiveDateTimeError, TimeInTheFutureError
from cronica.domain.task import Task
from cronica.domain.task_values import Schedule, TaskDetails, TaskLinks, TaskSpec, TaskStatus
from tests.fixtures.domain_records import ACME, replayed
from tests.fixtures.new_records.task import NINE, new_task

APPOINTMENT = TaskDetails("Demo of the label printers", "appointment", place="Their warehouse")
QUOTE = TaskDetails("Quote twelve label printers", "quote", frozenset({"printers"}))
CALL = TaskDetails("Called about the late delivery", "call", frozenset({"complaint"}))


def test_following_up_closes_the_task_and_plans_the_next_one_for_a_colleague(
    acting: CommandContext,
) -> None:
    agent, colleague = uuid4(), uuid4()
    links = TaskLinks(uuid4(), contact_id=uuid4(), case_id=uuid4(), project_id=uuid4())
    appointment = new_task(operator_id=agent, links=links)
    quote = TaskSpec(QUOTE, Schedule(NINE + timedelta(days=1)), colleague)

    next_task = appointment.follow_up("They want twelve printers", "TSK-000002", quote)

    _, followed_up = appointment.collect_events()
    (planned,) = next_task.collect_events()
    assert isinstance(followed_up, Task.FollowedUp) and isinstance(planned, Task.Planned)
    assert (followed_up.outcome, followed_up.next_task_id) == (
        "They want twelve printers",
        next_task.id,
    )
    assert (planned.follows_task_id, planned.number, planned.operator_id) == (
        appointment.id,
        "TSK-000002",
        colleague,
    )
    assert (appointment.status, appointment.next_task_id) == (TaskStatus.DONE, next_task.id)
    assert (next_task.status, next_task.details, next_task.links) == (
        TaskStatus.PLANNED,
        QUOTE,
        links,
    )
    assert planned.correlation_id == followed_up.correlation_id == acting.correlation_id


def test_an_appointment_that_did_not_happen_is_followed_by_a_new_one_in_preparation(
    acting: CommandContext,
) -> None:
    appointment = new_task(operator_id=uuid4())
    again = TaskSpec(APPOINTMENT, Schedule(NINE + timedelta(days=7)))

    next_task = appointment.follow_up("The customer did not come", "TSK-000002", again)

    assert next_task.in_preparation
    assert replayed(Task, next_task.collect_events()).follows_task_id == appointment.id


def test_closing_with_or_without_a_note_marks_the_task_done(acting: CommandContext) -> None:
    with_note, without_note = new_task(), new_task()

    with_note.close("Left the brochure at reception")
    without_note.close()

    assert (with_note.status, with_note.closing_note) == (
        TaskStatus.DONE,
        "Left the brochure at reception",
    )
    assert (without_note.status, without_note.closing_note) == (TaskStatus.DONE, None)


def test_a_done_task_is_reopened_and_planned_again(acting: CommandContext) -> None:
    task = new_task()
    task.close("Thought it was done")

    task.reopen("The customer still waits for the demo")

    assert (task.status, task.closing_note) == (TaskStatus.PLANNED, None)
    with pytest.raises(IllegalTransitionError):
        task.reopen("Reopened twice")
    task.close()
    assert task.status is TaskStatus.DONE


def test_a_cancelled_task_stays_cancelled(acting: CommandContext) -> None:
    task = new_task()
    task.cancel("The customer closed his shop")
    task.collect_events()

    refused: list[Callable[[Task], object]] = [
        lambda t: t.reopen("He opened again"),
        lambda t: t.close(),
        lambda t: t.cancel("Cancelled twice"),
        lambda t: t.follow_up("Late", "TSK-000002", TaskSpec(CALL, Schedule(NINE))),
    ]
    for command in refused:
        with pytest.raises(IllegalTransitionError):
            command(task)

    assert task.collect_events() == []
    assert (task.status, task.cancellation_reason) == (
        TaskStatus.CANCELLED,
        "The customer closed his shop",
    )


def test_a_followed_up_task_is_not_reopened_nor_followed_up_twice(acting: CommandContext) -> None:
    task = new_task()
    next_spec = TaskSpec(QUOTE, Schedule(NINE + timedelta(days=1)))
    task.follow_up("Interested", "TSK-000002", next_spec)
    task.collect_events()

    with pytest.raises(IllegalTransitionError):
        task.reopen("Followed up by mistake")
    with pytest.raises(IllegalTransitionError):
        task.follow_up("Again", "TSK-000003", next_spec)

    assert task.collect_events() == []
    assert task.outcome == "Interested"


def test_a_history_note_is_recorded_already_done(acting: CommandContext) -> None:
    operator = uuid4()
    call = TaskSpec(CALL, Schedule(NINE, NINE + timedelta(minutes=20)), operator)

    note = Task.record_history_note(
        company_id=ACME,
        number="TSK-000003",
        links=TaskLinks(uuid4()),
        spec=call,
        now=NINE + timedelta(hours=1),
    )

    (recorded,) = note.collect_events()
    assert isinstance(recorded, Task.Recorded)
    assert (recorded.starts_at, recorded.ends_at, recorded.operator_id) == (
        NINE,
        NINE + timedelta(minutes=20),
        operator,
    )
    again = replayed(Task, [recorded])
    assert (again.status, again.is_history_note, again.details) == (TaskStatus.DONE, True, CALL)


@pytest.mark.parametrize("minutes_to_now", [0, 10])
def test_a_history_note_records_only_what_is_over(
    acting: CommandContext, minutes_to_now: int
) -> None:
    call = TaskSpec(CALL, Schedule(NINE, NINE + timedelta(minutes=20)))
    now = NINE + timedelta(minutes=minutes_to_now)

    with pytest.raises(TimeInTheFutureError):
        Task.record_history_note(
            company_id=ACME, number="TSK-000003", links=TaskLinks(uuid4()), spec=call, now=now
        )


def test_a_history_note_is_dated_against_a_present_with_its_time_zone(
    acting: CommandContext,
) -> None:
    with pytest.raises(NaiveDateTimeError):
        Task.record_history_note(
            company_id=ACME,
            number="TSK-000003",
            links=TaskLinks(uuid4()),
            spec=TaskSpec(CALL, Schedule(NINE)),
            now=datetime(2025, 3, 10, 10, 0),
        )


def test_a_history_note_cannot_be_reopened_or_changed(acting: CommandContext) -> None:
    note = Task.record_history_note(
        company_id=ACME,
        number="TSK-000003",
        links=TaskLinks(uuid4()),
        spec=TaskSpec(CALL, Schedule(NINE)),
        now=NINE,
    )
    note.collect_events()

    for command in (
        lambda t: t.reopen("Not done after all"),
        lambda t: t.take_charge(uuid4()),
        lambda t: t.reschedule(Schedule(NINE + timedelta(days=1))),
        lambda t: t.close(),
        lambda t: t.cancel("Never mind"),
    ):
        with pytest.raises(IllegalTransitionError):
            command(note)

    assert note.collect_events() == []
    assert note.status is TaskStatus.DONE and not note.in_preparation
