"""Task commands: plan, record a history note, take charge, reassign, reschedule, follow up
(closing the task and planning the next, saved together), close, cancel, reopen."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.application import Decided
from cronica.commands.call import CommandCall
from cronica.commands.catalogues import require_entry
from cronica.commands.customer_records import customer_and_contact, customers_record
from cronica.commands.models.tasks import (
    CancelTask,
    CloseTask,
    FollowUpTask,
    NewTask,
    PlanTask,
    ReassignTask,
    RecordHistoryNote,
    ReopenTask,
    RescheduleTask,
    TaskWork,
)
from cronica.commands.records import added_by, change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.project import Project
from cronica.domain.task import Task
from cronica.domain.task_values import (
    Schedule,
    TaskLinks,
    TaskSpec,
)
from cronica.domain.user import User

PREFIX = "T"


def _spec(call: CommandCall, work: TaskWork, operator_id: UUID | None) -> TaskSpec:
    """The task the body describes, once its type is an active task type and its operator a
    user of the company."""
    require_entry(call, CatalogueKind.TASK_TYPES, work.type, "type")
    if operator_id is not None:
        referenced(call, User, operator_id, "operator_id")
    return TaskSpec(work.details(), Schedule(work.starts_at, work.ends_at), operator_id)


def _links(call: CommandCall, command: NewTask, *, planning: bool) -> TaskLinks:
    """The records a new task relates to: the customer, one of his contacts, a case of his (open,
    when the task is planned rather than recorded as done) and a project of his (open, likewise)."""
    customer = customer_and_contact(call, command.customer_id, command.contact_id)
    if command.case_id is not None:
        case = customers_record(call, Case, command.case_id, "case_id", customer.id)
        if planning:
            case.require_plannable()
    if command.project_id is not None:
        project = customers_record(call, Project, command.project_id, "project_id", customer.id)
        if planning:
            project.require_open_for("plan a task in")
    return TaskLinks(customer.id, command.contact_id, command.case_id, command.project_id)


def plan_task(call: CommandCall, command: PlanTask) -> Written:
    def decide() -> list[CronicaAggregate]:
        links = _links(call, command, planning=True)
        spec = _spec(call, command, command.operator_id)
        return call.numbered(
            PREFIX,
            lambda number: Task.plan(
                company_id=call.who.company_id, number=number, links=links, spec=spec
            ),
        )

    return call.write(decide)


def record_history_note(call: CommandCall, command: RecordHistoryNote) -> Written:
    def decide() -> list[CronicaAggregate]:
        links = _links(call, command, planning=False)
        spec = _spec(call, command, command.operator_id or call.who.user_id)
        return call.numbered(
            PREFIX,
            lambda number: Task.record_history_note(
                company_id=call.who.company_id,
                number=number,
                links=links,
                spec=spec,
                now=datetime.now(UTC),
            ),
        )

    return call.write(decide)


def follow_up_task(
    call: CommandCall,
    task_id: UUID,
    command: FollowUpTask,
) -> tuple[Written, UUID]:
    """Closes the task with its outcome and plans the next one, both saved in one transaction;
    answers the closed task's new version and the next task's id."""

    def decide() -> Decided:
        task = call.load(Task, task_id)
        spec = _spec(call, command, command.operator_id)
        if task.links.case_id is not None:  # the next task is planned in the same case
            call.app.load(Case, task.links.case_id, call.who.company_id).require_plannable()
        next_task = task.follow_up(command.outcome, call.next_number(PREFIX), spec)
        return Decided([task, next_task], added_id=next_task.id)

    written = call.write(decide)
    return written, added_by(call, written, Task, _next_task_id)


def _next_task_id(task: Task) -> UUID:
    assert task.next_task_id is not None, "answered as followed up"
    return task.next_task_id


def take_charge_of_task(call: CommandCall, task_id: UUID) -> Written:
    """The caller becomes the operator of a task in preparation."""
    return change_record(call, Task, task_id, lambda t: t.take_charge(call.who.user_id))


def reassign_task(
    call: CommandCall,
    task_id: UUID,
    command: ReassignTask,
) -> Written:
    operator = referenced(call, User, command.operator_id, "operator_id")
    return change_record(call, Task, task_id, lambda t: t.reassign(operator.id))


def reschedule_task(
    call: CommandCall,
    task_id: UUID,
    command: RescheduleTask,
) -> Written:
    schedule = Schedule(command.starts_at, command.ends_at)
    return change_record(call, Task, task_id, lambda t: t.reschedule(schedule))


def close_task(
    call: CommandCall,
    task_id: UUID,
    command: CloseTask,
) -> Written:
    return change_record(call, Task, task_id, lambda t: t.close(command.note))


def cancel_task(
    call: CommandCall,
    task_id: UUID,
    command: CancelTask,
) -> Written:
    return change_record(call, Task, task_id, lambda t: t.cancel(command.reason))


def reopen_task(
    call: CommandCall,
    task_id: UUID,
    command: ReopenTask,
) -> Written:
    return change_record(call, Task, task_id, lambda t: t.reopen(command.reason))
