"""Internal message commands over HTTP: send, read, clear the reminder, archive."""

from __future__ import annotations

from fastapi import APIRouter, Response

from cronica.commands import messages
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.attachments import Attachments
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.http.routes import Action, declare_routes
from cronica.commands.models.messages import SendMessage
from cronica.domain.message import InternalMessage

router = APIRouter(prefix="/v1/messages", tags=["messages"])


@router.post(
    "",
    status_code=201,
    summary="Send an internal message",
    description="To users of the caller's company; attachments are uploaded first "
    "(`POST /v1/attachments`) and named by their digest.",
    responses=problem_responses(400, 401, 403, 422),
    **RouteAccess().route_options(),
)
def send_message(body: SendMessage, call: Call, store: Attachments, response: Response) -> Accepted:
    return accepted(response, messages.send_message(call, body, store))


declare_routes(
    router,
    InternalMessage,
    "messageId",
    [
        Action(
            "read",
            messages.read_message,
            None,
            "Mark it read by the caller",
            "Records the caller's read receipt; reading it again writes nothing.",
        ),
        Action(
            "clear-reminder",
            messages.clear_message_reminder,
            None,
            "Stop following it",
            "Clears the reminder flag, for its sender and all its recipients.",
        ),
        Action("archive", messages.archive_message, None, "Archive it out of the caller's inbox"),
    ],
)
