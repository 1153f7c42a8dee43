"""The task list: each task as its latest event left it, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta
from uuid import UUID

from cronica.domain.task import Task
from cronica.ops.container import Container
from cronica.projections.rows import utc_text
from cronica.projections.tasks.queries import tasks_by_ids
from cronica.projections.tasks.rows import TaskRow
from tests.fixtures.known_states.tasks import NEW_YORK, TaskDesk, day
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.task_office import work


def row_of(container: Container, desk: TaskDesk, task_id: UUID) -> TaskRow:
    wanted = str(task_id)
    return tasks_by_ids(container.store, whole_company(str(desk.marta.company_id)), [wanted])[
        wanted
    ]


def task_of(container: Container, task_id: UUID) -> Task:
    task = container.application.find(Task, task_id)
    assert task is not None
    return task


def test_a_planned_task_is_taken_in_charge_moved_and_reassigned(container: Container) -> None:
    office = Office(container.application)
    desk = TaskDesk(office)
    contact = office.contact(desk.marta, desk.bar, "Joan Puig")
    body = work("Visit the new premises", day(1), type="visit", contactId=contact, place="Reus")
    planned = desk.tasks.plan(desk.marta, desk.bar, {**body, "tags": ["new", "Reus"]})
    container.runner.catch_up()

    row = row_of(container, desk, planned.id)
    assert (row.number, row.status, row.operator_id, row.planned_ends_at) == (
        "T-000009",
        "planned",
        None,
        None,
    )
    assert (row.type, row.description, row.place) == ("visit", "Visit the new premises", "Reus")
    assert json.loads(row.tags) == ["Reus", "new"]
    assert (row.customer_id, row.contact_id) == (str(desk.bar), str(contact))
    assert row.created_by_id == str(desk.marta.user_id)
    assert row.planned_starts_at == utc_text(day(1)) and row.version == planned.version == 1

    desk.tasks.take_charge(desk.pau, planned.id)
    moved_to = day(2, NEW_YORK)
    desk.tasks.reschedule(desk.pau, planned.id, moved_to, moved_to + timedelta(hours=3))
    reassigned = desk.tasks.reassign(desk.pau, planned.id, desk.marta)
    container.runner.catch_up()

    row, task = row_of(container, desk, planned.id), task_of(container, planned.id)
    assert row.operator_id == str(desk.marta.user_id)
    assert row.planned_starts_at == "2026-03-04T08:00:00.000000+00:00"
    assert row.planned_ends_at == utc_text(moved_to + timedelta(hours=3))
    assert row.version == reassigned.version == task.version == 4
    assert (row.created_at, row.updated_at) == (
        utc_text(task.created_on),
        utc_text(task.modified_on),
    )


def test_done_followed_up_cancelled_and_history_note_rows(container: Container) -> None:
    desk = TaskDesk(Office(container.application))
    container.runner.catch_up()

    followed, following = (
        row_of(container, desk, desk.task_id(5)),
        row_of(container, desk, desk.task_id(6)),
    )
    assert (followed.status, followed.outcome) == ("done", "Wants a visit")
    assert followed.followed_up_by == following.id and following.follows_task_id == followed.id
    assert followed.closed_at == utc_text(task_of(container, desk.task_id(5)).modified_on)
    assert (following.status, following.operator_id) == ("planned", str(desk.marta.user_id))

    note = row_of(container, desk, desk.task_id(4))
    assert (note.status, note.is_history_note, note.closed_at) == ("done", 1, note.created_at)
    assert row_of(container, desk, desk.task_id(7)).closing_note == "Liked it"
    cancelled = row_of(container, desk, desk.task_id(8))
    assert (cancelled.status, cancelled.cancellation_reason) == ("cancelled", "No longer needed")
    assert cancelled.closed_at is not None


def test_a_reopened_task_is_planned_again_without_its_closing(container: Container) -> None:
    desk = TaskDesk(Office(container.application))
    reopened = desk.tasks.reopen(desk.marta, desk.task_id(7))
    container.runner.catch_up()

    row = row_of(container, desk, desk.task_id(7))
    assert (row.status, row.closed_at, row.closing_note) == ("planned", None, None)
    assert row.version == reopened.version == 3
