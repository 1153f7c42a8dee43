"""Task commands: plan, record a history note, take charge, reassign, reschedule, follow up
(closing the task and planning the next, saved together), close, cancel, reopen."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.catalogues import require_entry
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
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.customer import Customer
from cronica.domain.project import Project
from cronica.domain.task import Task
from cronica.domain.task_values import (
    Schedule,
    TaskDetails,
    TaskLinks,
    TaskSpec,
    require_same_customer,
)
from cronica.domain.user import User

PREFIX = "T"


def _spec(
    app: CronicaApplication, who: Principal, work: TaskWork, operator_id: UUID | None
) -> TaskSpec:
    """The task the body describes, once its type is an active task type and its operator a
    user of the company."""
    require_entry(app, who.company_id, CatalogueKind.TASK_TYPES, work.type, "type")
    if operator_id is not None:
        referenced(app, User, operator_id, who.company_id, "operator_id")
    details = TaskDetails(work.description, work.type, frozenset(work.tags), work.place)
    return TaskSpec(details, Schedule(work.starts_at, work.ends_at), operator_id)


def _links(
    app: CronicaApplication, who: Principal, command: NewTask, *, planning: bool
) -> TaskLinks:
    """The records a new task relates to: the customer, one of his contacts, a case of his (open,
    when the task is planned rather than recorded as done) and a project of his (open, likewise)."""
    customer = referenced(app, Customer, command.customer_id, who.company_id, "customer_id")
    if command.contact_id is not None:
        customer.contact(command.contact_id)
    if command.case_id is not None:
        case = referenced(app, Case, command.case_id, who.company_id, "case_id")
        require_same_customer(customer.id, f"case {case.number}", case.customer_id)
        if planning:
            case.require_plannable()
    if command.project_id is not None:
        project = referenced(app, Project, command.project_id, who.company_id, "project_id")
        require_same_customer(customer.id, f"project {project.number}", project.customer_id)
        if planning:
            project.require_open_for("plan a task in")
    return TaskLinks(customer.id, command.contact_id, command.case_id, command.project_id)


def plan_task(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: PlanTask
) -> Written:
    def decide() -> list[CronicaAggregate]:
        links = _links(app, who, command, planning=True)
        spec = _spec(app, who, command, command.operator_id)
        counter = app.counter(who.company_id, PREFIX)
        task = Task.plan(company_id=who.company_id, number=counter.issue(), links=links, spec=spec)
        return [task, counter]

    return app.write(request, decide)


def record_history_note(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: RecordHistoryNote
) -> Written:
    def decide() -> list[CronicaAggregate]:
        links = _links(app, who, command, planning=False)
        spec = _spec(app, who, command, command.operator_id or who.user_id)
        counter = app.counter(who.company_id, PREFIX)
        task = Task.record_history_note(
            company_id=who.company_id,
            number=counter.issue(),
            links=links,
            spec=spec,
            now=datetime.now(UTC),
        )
        return [task, counter]

    return app.write(request, decide)


def follow_up_task(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    task_id: UUID,
    command: FollowUpTask,
) -> tuple[Written, UUID]:
    """Closes the task with its outcome and plans the next one, both saved in one transaction;
    answers the closed task's new version and the next task's id."""
    following: list[UUID] = []

    def decide() -> list[CronicaAggregate]:
        task = app.load(Task, task_id, who.company_id, request.expected_version)
        spec = _spec(app, who, command, command.operator_id)
        if task.links.case_id is not None:  # the next task is planned in the same case
            app.load(Case, task.links.case_id, who.company_id).require_plannable()
        counter = app.counter(who.company_id, PREFIX)
        next_task = task.follow_up(command.outcome, counter.issue(), spec)
        following[:] = [next_task.id]
        return [task, next_task, counter]

    written = app.write(request, decide)
    if not following:  # an idempotent repeat: the next task of the first answer's version
        task = app.find(Task, task_id, version=written.version)
        assert task is not None and task.next_task_id is not None, "answered as followed up"
        following.append(task.next_task_id)
    return written, following[0]


def take_charge_of_task(
    app: CronicaApplication, who: Principal, request: CommandRequest, task_id: UUID
) -> Written:
    """The caller becomes the operator of a task in preparation."""
    return change_record(app, who, request, Task, task_id, lambda t: t.take_charge(who.user_id))


def reassign_task(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    task_id: UUID,
    command: ReassignTask,
) -> Written:
    operator = referenced(app, User, command.operator_id, who.company_id, "operator_id")
    return change_record(app, who, request, Task, task_id, lambda t: t.reassign(operator.id))


def reschedule_task(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    task_id: UUID,
    command: RescheduleTask,
) -> Written:
    schedule = Schedule(command.starts_at, command.ends_at)
    return change_record(app, who, request, Task, task_id, lambda t: t.reschedule(schedule))


def close_task(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    task_id: UUID,
    command: CloseTask,
) -> Written:
    return change_record(app, who, request, Task, task_id, lambda t: t.close(command.note))


def cancel_task(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    task_id: UUID,
    command: CancelTask,
) -> Written:
    return change_record(app, who, request, Task, task_id, lambda t: t.cancel(command.reason))


def reopen_task(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    task_id: UUID,
    command: ReopenTask,
) -> Written:
    return change_record(app, who, request, Task, task_id, lambda t: t.reopen(command.reason))
