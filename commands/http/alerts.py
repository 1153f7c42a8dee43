"""Notice-board commands over HTTP: mark an alert read."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import inbox
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses

router = APIRouter(prefix="/v1/alerts", tags=["notice board"])


@router.post(
    "/{alertId}/read",
    summary="Mark an alert of the caller's notice board read",
    description="Answers the caller's inbox; marking an alert read twice writes nothing.",
    responses=problem_responses(400, 401, 422),
)
def mark_alert_read(
    alert_id: Annotated[UUID, Path(alias="alertId")], call: Call, response: Response
) -> Accepted:
    return accepted(response, inbox.mark_alert_read(call, alert_id))
