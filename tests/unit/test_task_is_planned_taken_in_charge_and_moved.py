"""The task's rules (DOMAIN.md, Task / activity) from planning to the day it is done: in
preparation until someone takes charge, reassigned, rescheduled. One story per rule."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidTimeRangeError,
    MissingCommandContextError,
    NaiveDateTimeError,
)
from cronica.domain.task import Task
from cronica.domain.task_values import Schedule, TaskLinks, TaskSpec, TaskStatus
from tests.fixtures.domain_records import (
    assert_its_events_survive_the_stores_transcoding,
    assert_stamped_by,
    replayed,
)
from tests.fixtures.new_records.task import NINE, VISIT, new_task


def test_a_task_without_operator_is_in_preparation(acting: CommandContext) -> None:
    links = TaskLinks(uuid4(), contact_id=uuid4(), case_id=uuid4(), project_id=uuid4())

    task = new_task(links=links)

    (planned,) = task.collect_events()
    assert isinstance(planned, Task.Planned)
    assert planned.details["tags"] == ["demo", "warehouse"]
    assert (planned.operator_id, planned.follows_task_id) == (None, None)
    assert (task.status, task.in_preparation, task.version) == (TaskStatus.PLANNED, True, 1)
    again = replayed(Task, [planned])
    assert (again.details, again.links, again.schedule) == (VISIT, links, task.schedule)


def test_a_task_planned_for_an_operator_is_not_in_preparation(acting: CommandContext) -> None:
    operator = uuid4()

    task = new_task(operator_id=operator)

    assert (task.operator_id, task.in_preparation) == (operator, False)


def test_a_task_without_an_end_is_without_a_deadline() -> None:
    assert not Schedule(NINE).has_deadline
    assert Schedule(NINE, NINE + timedelta(minutes=1)).has_deadline


@pytest.mark.parametrize("length", [timedelta(0), timedelta(minutes=-30)])
def test_a_task_must_end_after_it_starts(length: timedelta) -> None:
    with pytest.raises(InvalidTimeRangeError):
        Schedule(NINE, NINE + length)


def test_a_task_is_planned_at_times_with_their_time_zone() -> None:
    naive = datetime(2025, 3, 10, 9, 0)
    for start, end in [(naive, None), (naive, NINE), (NINE, naive + timedelta(hours=1))]:
        with pytest.raises(NaiveDateTimeError):
            Schedule(start, end)


def test_taking_charge_sets_the_operator_once_then_only_reassigning_changes_it(
    acting: CommandContext,
) -> None:
    task = new_task()
    task.collect_events()
    first, second = uuid4(), uuid4()

    task.take_charge(first)
    assert (task.operator_id, task.in_preparation) == (first, False)
    with pytest.raises(IllegalTransitionError):
        task.take_charge(second)
    assert task.operator_id == first

    task.reassign(second)
    assert task.operator_id == second
    with pytest.raises(IllegalTransitionError):
        task.reassign(second)
    events = task.collect_events()
    assert [type(e) for e in events] == [Task.TakenInCharge, Task.Reassigned]
    assert [e.operator_id for e in events] == [first, second]


def test_a_task_in_preparation_can_be_handed_to_someone(acting: CommandContext) -> None:
    task = new_task()
    colleague = uuid4()

    task.reassign(colleague)

    assert (task.operator_id, task.in_preparation) == (colleague, False)


def test_rescheduling_moves_the_task_and_may_drop_its_deadline(acting: CommandContext) -> None:
    task = new_task()
    task.collect_events()
    tomorrow = Schedule(NINE + timedelta(days=1))

    task.reschedule(tomorrow)
    with pytest.raises(IllegalTransitionError):
        task.reschedule(Schedule(NINE + timedelta(days=1)))

    (moved,) = task.collect_events()
    assert isinstance(moved, Task.Rescheduled)
    assert (moved.starts_at, moved.ends_at) == (NINE + timedelta(days=1), None)
    assert task.schedule == tomorrow and not task.schedule.has_deadline


def test_a_task_that_is_not_planned_refuses_to_be_taken_reassigned_or_moved(
    acting: CommandContext,
) -> None:
    done, cancelled = new_task(), new_task()
    done.close()
    cancelled.cancel("The customer closed for holidays")
    for task in (done, cancelled):
        task.collect_events()
        for command in (
            lambda t: t.take_charge(uuid4()),
            lambda t: t.reassign(uuid4()),
            lambda t: t.reschedule(Schedule(NINE + timedelta(days=2))),
        ):
            with pytest.raises(IllegalTransitionError):
                command(task)
        assert task.collect_events() == []
        assert task.operator_id is None


def test_every_event_says_which_company_who_and_in_which_request(acting: CommandContext) -> None:
    task = new_task()
    task.take_charge(uuid4())
    task.reschedule(Schedule(NINE + timedelta(hours=2)))
    task.close("Done")

    events = task.collect_events()

    assert_stamped_by(events, acting)


def test_every_event_survives_the_stores_transcoding(acting: CommandContext) -> None:
    task = new_task(links=TaskLinks(uuid4(), contact_id=uuid4()))
    task.take_charge(uuid4())
    task.reassign(uuid4())
    task.reschedule(Schedule(NINE + timedelta(days=1)))
    task.close("Left the brochure")
    task.reopen("He wants a second visit")
    next_task = task.follow_up("Visited", "TSK-000002", TaskSpec(VISIT, Schedule(NINE), None))

    for record in (task, next_task):
        assert_its_events_survive_the_stores_transcoding(record)


def test_no_event_can_be_triggered_outside_a_command() -> None:
    with pytest.raises(MissingCommandContextError):
        new_task()
