"""Notice-board commands over HTTP: mark an alert read."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import inbox
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.http.routes import Action, declare_routes
from cronica.domain.inbox import Inbox

router = APIRouter(prefix="/v1/alerts", tags=["notice board"])


declare_routes(
    router,
    Inbox,
    "alertId",
    [
        Action(
            "read",
            inbox.mark_alert_read,
            None,
            "Mark an alert of the caller's notice board read",
            "Answers the caller's inbox; marking an alert read twice writes nothing.",
            access=RouteAccess(scope="the caller's own inbox (the alert is not a record)"),
        ),
    ],
    action_problems=problem_responses(400, 401, 422),
)
