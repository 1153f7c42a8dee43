"""Agenda commands: put an entry in a user's agenda, move, edit or cancel it."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.models.agenda import (
    CancelAgendaEntry,
    EditAgendaEntry,
    MoveAgendaEntry,
    PutInAgenda,
)
from cronica.commands.own_records import OwnRecords, Related
from cronica.commands.results import Written
from cronica.domain.agenda_entry import AgendaEntry

ENTRIES = OwnRecords(AgendaEntry, "owner_id", "agenda")


def put_in_agenda(call: CommandCall, command: PutInAgenda) -> Written:
    def make(owner_id: UUID, about: Related) -> AgendaEntry:
        return AgendaEntry.put(
            company_id=call.who.company_id,
            owner_id=owner_id,
            starts_at=command.starts_at,
            ends_at=command.ends_at,
            title=command.title,
            notes=command.notes,
            all_day=command.all_day,
            related_type=about.related_type,
            related_id=about.related_id,
        )

    return ENTRIES.add(call, command.owner_id, command.related_record, make)


def move_agenda_entry(
    call: CommandCall,
    entry_id: UUID,
    command: MoveAgendaEntry,
) -> Written:
    return ENTRIES.change(
        call, entry_id, lambda entry: entry.move(command.starts_at, command.ends_at)
    )


def edit_agenda_entry(
    call: CommandCall,
    entry_id: UUID,
    command: EditAgendaEntry,
) -> Written:
    return ENTRIES.change(
        call,
        entry_id,
        lambda entry: entry.edit(title=command.title, notes=command.notes),
    )


def cancel_agenda_entry(
    call: CommandCall,
    entry_id: UUID,
    command: CancelAgendaEntry,
) -> Written:
    return ENTRIES.change(call, entry_id, lambda entry: entry.cancel(command.reason))
