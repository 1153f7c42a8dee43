"""Project commands: open a project for a customer, rename, reschedule, hand to another
responsible user, close as completed or cancelled, reopen."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.customer_records import customer_and_contact
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
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.project import Project, ProjectDates, ProjectStatus
from cronica.domain.user import User

PREFIX = "PR"


def _dates(body: ProjectDatesModel) -> ProjectDates:
    return ProjectDates(body.starts_on, body.target_on)


def open_project(call: CommandCall, command: OpenProject) -> Written:
    dates = _dates(command)

    def decide() -> list[CronicaAggregate]:
        customer = customer_and_contact(call, command.customer_id, command.contact_id)
        responsible_id = user_or_caller(call, command.responsible_id, "responsible_id")
        return call.numbered(
            PREFIX,
            lambda number: Project.open(
                company_id=call.who.company_id,
                number=number,
                customer_id=customer.id,
                contact_id=command.contact_id,
                name=command.name,
                description=command.description,
                dates=dates,
                responsible_id=responsible_id,
            ),
        )

    return call.write(decide)


def rename_project(
    call: CommandCall,
    project_id: UUID,
    command: RenameProject,
) -> Written:
    return change_record(
        call,
        Project,
        project_id,
        lambda p: p.rename(command.name, command.description),
    )


def reschedule_project(
    call: CommandCall,
    project_id: UUID,
    command: RescheduleProject,
) -> Written:
    dates = _dates(command)
    return change_record(call, Project, project_id, lambda p: p.reschedule(dates))


def assign_project(
    call: CommandCall,
    project_id: UUID,
    command: AssignProject,
) -> Written:
    responsible = referenced(call, User, command.responsible_id, "responsible_id")
    return change_record(call, Project, project_id, lambda p: p.reassign(responsible.id))


def close_project(
    call: CommandCall,
    project_id: UUID,
    command: CloseProject,
) -> Written:
    outcome = ProjectStatus(command.outcome)
    return change_record(call, Project, project_id, lambda p: p.close(outcome, command.note))


def reopen_project(
    call: CommandCall,
    project_id: UUID,
    command: ReopenProject,
) -> Written:
    return change_record(call, Project, project_id, lambda p: p.reopen(command.reason))
