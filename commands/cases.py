"""Case commands: open a case for a customer, rename, close, reopen."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.models.cases import CloseCase, OpenCase, RenameCase, ReopenCase
from cronica.commands.records import change_record, referenced, user_or_caller
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.customer import Customer


def open_case(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: OpenCase
) -> Written:
    def decide() -> list[CronicaAggregate]:
        customer = referenced(app, Customer, command.customer_id, who.company_id, "customer_id")
        owner_id = user_or_caller(app, who, command.owner_id, "owner_id")
        counter = app.counter(who.company_id, "CS")
        case = Case(
            company_id=who.company_id,
            number=counter.issue(),
            customer_id=customer.id,
            subject=command.subject,
            description=command.description,
            owner_id=owner_id,
        )
        return [case, counter]

    return app.write(request, decide)


def rename_case(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    case_id: UUID,
    command: RenameCase,
) -> Written:
    return change_record(app, who, request, Case, case_id, lambda c: c.rename(command.subject))


def close_case(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    case_id: UUID,
    command: CloseCase,
) -> Written:
    return change_record(app, who, request, Case, case_id, lambda c: c.close(command.outcome))


def reopen_case(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    case_id: UUID,
    command: ReopenCase,
) -> Written:
    return change_record(app, who, request, Case, case_id, lambda c: c.reopen(command.reason))
