"""Notice (aviso) commands: log a message for a recipient, forward it, note an action, resolve,
reopen. Times the body leaves out are the server's present moment."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.catalogues import require_entry
from cronica.commands.models.notices import (
    ForwardNotice,
    LogNotice,
    NoteNoticeAction,
    ReopenNotice,
    ResolveNotice,
)
from cronica.commands.records import change_record, referenced, user_or_caller
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.customer import Customer
from cronica.domain.notice import Notice
from cronica.domain.notice_values import Caller, CallerKind, Resolution
from cronica.domain.user import User

PREFIX = "AV"


def _user(call: CommandCall, user_id: UUID, field: str) -> UUID:
    """The id of a user named in the body, once he is a user of the caller's company."""
    return referenced(call, User, user_id, field).id


def log_notice(call: CommandCall, command: LogNotice) -> Written:
    def decide() -> list[CronicaAggregate]:
        if command.customer_id is not None:
            referenced(call, Customer, command.customer_id, "customer_id")
        recipient_id = _user(call, command.recipient_id, "recipient_id")
        require_entry(call, CatalogueKind.NOTICE_CODES, command.code, "code")
        caller = Caller(
            CallerKind(command.caller_kind),
            command.customer_id,
            command.caller_name,
            command.caller_phone,
        )
        return call.numbered(
            PREFIX,
            lambda number: Notice.log(
                company_id=call.who.company_id,
                number=number,
                taken_at=command.taken_at or datetime.now(UTC),
                caller=caller,
                recipient_id=recipient_id,
                code=command.code,
                text=command.text,
                importance=command.importance,
            ),
        )

    return call.write(decide)


def forward_notice(
    call: CommandCall,
    notice_id: UUID,
    command: ForwardNotice,
) -> Written:
    recipient_id = _user(call, command.recipient_id, "recipient_id")
    return change_record(
        call, Notice, notice_id, lambda n: n.forward(recipient_id, command.comment)
    )


def note_notice_action(
    call: CommandCall,
    notice_id: UUID,
    command: NoteNoticeAction,
) -> Written:
    done_at = command.done_at or datetime.now(UTC)
    return change_record(
        call, Notice, notice_id, lambda n: n.note_action(command.description, done_at)
    )


def resolve_notice(
    call: CommandCall,
    notice_id: UUID,
    command: ResolveNotice,
) -> Written:
    """Resolves the notice; without a resolver in the body, the caller resolved it."""
    resolver_id = user_or_caller(call, command.resolver_id, "resolver_id")
    code = command.resolution_code
    require_entry(call, CatalogueKind.RESOLUTION_CODES, code, "resolution_code")
    resolution = Resolution(
        resolved_at=command.resolved_at or datetime.now(UTC),
        resolver_id=resolver_id,
        department=command.department,
        work_centre=command.work_centre,
        code=code,
        solution=command.solution,
    )
    return change_record(call, Notice, notice_id, lambda n: n.resolve(resolution))


def reopen_notice(
    call: CommandCall,
    notice_id: UUID,
    command: ReopenNotice,
) -> Written:
    return change_record(call, Notice, notice_id, lambda n: n.reopen(command.reason))
