"""Agenda commands over HTTP: put an entry in an agenda, move, edit or cancel it."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import agenda
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import GUARDED_ACTION_PROBLEMS, problem_responses
from cronica.commands.models.agenda import (
    CancelAgendaEntry,
    EditAgendaEntry,
    MoveAgendaEntry,
    PutInAgenda,
)

router = APIRouter(prefix="/v1/agenda-entries", tags=["agenda"])

EntryId = Annotated[UUID, Path(alias="entryId")]


@router.post(
    "",
    status_code=201,
    summary="Put an entry in an agenda",
    description="A user puts entries in his own agenda, managers and admins in anyone's.",
    responses=problem_responses(400, 401, 403, 422),
)
def put_in_agenda(body: PutInAgenda, call: Call, response: Response) -> Accepted:
    return accepted(response, agenda.put_in_agenda(call, body))


@router.post(
    "/{entryId}/move",
    summary="Move it to another time",
    description="An all-day entry moves to other whole days.",
    responses=GUARDED_ACTION_PROBLEMS,
)
def move_agenda_entry(
    entry_id: EntryId, body: MoveAgendaEntry, call: Call, response: Response
) -> Accepted:
    written = agenda.move_agenda_entry(call, entry_id, body)
    return accepted(response, written)


@router.post(
    "/{entryId}/edit",
    summary="Edit its title or notes",
    description="Fields left out stay as they are; an edit must change something.",
    responses=GUARDED_ACTION_PROBLEMS,
)
def edit_agenda_entry(
    entry_id: EntryId, body: EditAgendaEntry, call: Call, response: Response
) -> Accepted:
    written = agenda.edit_agenda_entry(call, entry_id, body)
    return accepted(response, written)


@router.post("/{entryId}/cancel", summary="Cancel it", responses=GUARDED_ACTION_PROBLEMS)
def cancel_agenda_entry(
    entry_id: EntryId, body: CancelAgendaEntry, call: Call, response: Response
) -> Accepted:
    written = agenda.cancel_agenda_entry(call, entry_id, body)
    return accepted(response, written)
