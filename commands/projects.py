"""Project commands: open a project for a customer, rename, reschedule, hand to another
responsible user, close as completed or cancelled, reopen."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.models.projects import (
    AssignProject,
    CloseProject,
    OpenProject,
    ProjectDatesModel,
    RenameProject,
    ReopenProject,
    RescheduleProject,
)
from cronica.commands.records import change_record, referenced, user_or_caller
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.customer import Customer
from cronica.domain.project import Project, ProjectDates, ProjectStatus
from cronica.domain.user import User

PREFIX = "PR"


def _dates(body: ProjectDatesModel) -> ProjectDates:
    return ProjectDates(body.starts_on, body.target_on)


def open_project(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: OpenProject
) -> Written:
    dates = _dates(command)

    def decide() -> list[CronicaAggregate]:
        customer = referenced(app, Customer, command.customer_id, who.company_id, "customer_id")
        if command.contact_id is not None:
            customer.contact(command.contact_id)
        responsible_id = user_or_caller(app, who, command.responsible_id, "responsible_id")
        counter = app.counter(who.company_id, PREFIX)
        project = Project.open(
            company_id=who.company_id,
            number=counter.issue(),
            customer_id=customer.id,
            contact_id=command.contact_id,
            name=command.name,
            description=command.description,
            dates=dates,
            responsible_id=responsible_id,
        )
        return [project, counter]

    return app.write(request, decide)


def rename_project(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    project_id: UUID,
    command: RenameProject,
) -> Written:
    return change_record(
        app,
        who,
        request,
        Project,
        project_id,
        lambda p: p.rename(command.name, command.description),
    )


def reschedule_project(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    project_id: UUID,
    command: RescheduleProject,
) -> Written:
    dates = _dates(command)
    return change_record(app, who, request, Project, project_id, lambda p: p.reschedule(dates))


def assign_project(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    project_id: UUID,
    command: AssignProject,
) -> Written:
    responsible = referenced(app, User, command.responsible_id, who.company_id, "responsible_id")
    return change_record(
        app, who, request, Project, project_id, lambda p: p.reassign(responsible.id)
    )


def close_project(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    project_id: UUID,
    command: CloseProject,
) -> Written:
    outcome = ProjectStatus(command.outcome)
    return change_record(
        app, who, request, Project, project_id, lambda p: p.close(outcome, command.note)
    )


def reopen_project(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    project_id: UUID,
    command: ReopenProject,
) -> Written:
    return change_record(app, who, request, Project, project_id, lambda p: p.reopen(command.reason))
