"""Incident commands over HTTP: open, assign, follow up, close, reopen."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import incidents
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.incidents import (
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
    ReopenIncident,
)
from cronica.domain.incident import Incident

router = APIRouter(prefix="/v1/incidents", tags=["incidents"])


declare_routes(
    router,
    Incident,
    "incidentId",
    [
        Create(
            incidents.open_incident,
            OpenIncident,
            "Open an incident",
            "The contact's name, phone and e-mail are copied onto the incident; with a "
            "resolution it is closed at once.",
        ),
        Action("assign", incidents.assign_incident, AssignIncident, "Assign to a technician"),
        Action(
            "follow-up", incidents.follow_up_incident, FollowUpIncident, "Record work done on it"
        ),
        Action("close", incidents.close_incident, CloseIncident, "Close with a resolution"),
        Action("reopen", incidents.reopen_incident, ReopenIncident, "Reopen a closed one"),
    ],
)
