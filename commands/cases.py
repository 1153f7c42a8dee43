"""Case commands: open a case for a customer, rename, close, reopen."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.models.cases import CloseCase, OpenCase, RenameCase, ReopenCase
from cronica.commands.records import change_record, referenced, user_or_caller
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.customer import Customer


def open_case(call: CommandCall, command: OpenCase) -> Written:
    def decide() -> list[CronicaAggregate]:
        customer = referenced(call, Customer, command.customer_id, "customer_id")
        owner_id = user_or_caller(call, command.owner_id, "owner_id")
        return call.numbered(
            "CS",
            lambda number: Case(
                company_id=call.who.company_id,
                number=number,
                customer_id=customer.id,
                subject=command.subject,
                description=command.description,
                owner_id=owner_id,
            ),
        )

    return call.write(decide)


def rename_case(
    call: CommandCall,
    case_id: UUID,
    command: RenameCase,
) -> Written:
    return change_record(call, Case, case_id, lambda c: c.rename(command.subject))


def close_case(
    call: CommandCall,
    case_id: UUID,
    command: CloseCase,
) -> Written:
    return change_record(call, Case, case_id, lambda c: c.close(command.outcome))


def reopen_case(
    call: CommandCall,
    case_id: UUID,
    command: ReopenCase,
) -> Written:
    return change_record(call, Case, case_id, lambda c: c.reopen(command.reason))
