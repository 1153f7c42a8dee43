"""Incident commands over HTTP: open, assign, follow up, close, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import incidents
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.incidents import (
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
    ReopenIncident,
)

router = APIRouter(prefix="/v1/incidents", tags=["incidents"])

IncidentId = Annotated[UUID, Path(alias="incidentId")]


@router.post(
    "",
    status_code=201,
    summary="Open an incident",
    description="The contact's name, phone and e-mail are copied onto the incident; with a "
    "resolution it is closed at once.",
    responses=problem_responses(400, 401, 409, 422),
)
def open_incident(body: OpenIncident, call: Call, response: Response) -> Accepted:
    return accepted(response, incidents.open_incident(call, body))


@router.post("/{incidentId}/assign", summary="Assign to a technician", responses=ACTION_PROBLEMS)
def assign_incident(
    incident_id: IncidentId, body: AssignIncident, call: Call, response: Response
) -> Accepted:
    written = incidents.assign_incident(call, incident_id, body)
    return accepted(response, written)


@router.post("/{incidentId}/follow-up", summary="Record work done on it", responses=ACTION_PROBLEMS)
def follow_up_incident(
    incident_id: IncidentId, body: FollowUpIncident, call: Call, response: Response
) -> Accepted:
    written = incidents.follow_up_incident(call, incident_id, body)
    return accepted(response, written)


@router.post("/{incidentId}/close", summary="Close with a resolution", responses=ACTION_PROBLEMS)
def close_incident(
    incident_id: IncidentId, body: CloseIncident, call: Call, response: Response
) -> Accepted:
    written = incidents.close_incident(call, incident_id, body)
    return accepted(response, written)


@router.post("/{incidentId}/reopen", summary="Reopen a closed one", responses=ACTION_PROBLEMS)
def reopen_incident(
    incident_id: IncidentId, body: ReopenIncident, call: Call, response: Response
) -> Accepted:
    written = incidents.reopen_incident(call, incident_id, body)
    return accepted(response, written)
