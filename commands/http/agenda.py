"""Agenda commands over HTTP: put an entry in an agenda, move, edit or cancel it."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import agenda
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.agenda import (
    CancelAgendaEntry,
    EditAgendaEntry,
    MoveAgendaEntry,
    PutInAgenda,
)
from cronica.domain.agenda_entry import AgendaEntry

router = APIRouter(prefix="/v1/agenda-entries", tags=["agenda"])


declare_routes(
    router,
    AgendaEntry,
    "entryId",
    [
        Create(
            agenda.put_in_agenda,
            PutInAgenda,
            "Put an entry in an agenda",
            "A user puts entries in his own agenda, managers and admins in anyone's.",
            problems=(400, 401, 403, 422),
        ),
        Action(
            "move",
            agenda.move_agenda_entry,
            MoveAgendaEntry,
            "Move it to another time",
            "An all-day entry moves to other whole days.",
        ),
        Action(
            "edit",
            agenda.edit_agenda_entry,
            EditAgendaEntry,
            "Edit its title or notes",
            "Fields left out stay as they are; an edit must change something.",
        ),
        Action("cancel", agenda.cancel_agenda_entry, CancelAgendaEntry, "Cancel it"),
    ],
)
