"""Internal message commands over HTTP: send, read, clear the reminder, archive."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import messages
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.attachments import Attachments
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.messages import SendMessage

router = APIRouter(prefix="/v1/messages", tags=["messages"])

MessageId = Annotated[UUID, Path(alias="messageId")]


@router.post(
    "",
    status_code=201,
    summary="Send an internal message",
    description="To users of the caller's company; attachments are uploaded first "
    "(`POST /v1/attachments`) and named by their digest.",
    responses=problem_responses(400, 401, 422),
)
def send_message(body: SendMessage, call: Call, store: Attachments, response: Response) -> Accepted:
    return accepted(response, messages.send_message(call, body, store))


@router.post(
    "/{messageId}/read",
    summary="Mark it read by the caller",
    description="Records the caller's read receipt; reading it again writes nothing.",
    responses=ACTION_PROBLEMS,
)
def read_message(message_id: MessageId, call: Call, response: Response) -> Accepted:
    return accepted(response, messages.read_message(call, message_id))


@router.post(
    "/{messageId}/clear-reminder",
    summary="Stop following it",
    description="Clears the reminder flag, for its sender and all its recipients.",
    responses=ACTION_PROBLEMS,
)
def clear_message_reminder(message_id: MessageId, call: Call, response: Response) -> Accepted:
    written = messages.clear_message_reminder(call, message_id)
    return accepted(response, written)


@router.post(
    "/{messageId}/archive",
    summary="Archive it out of the caller's inbox",
    responses=ACTION_PROBLEMS,
)
def archive_message(message_id: MessageId, call: Call, response: Response) -> Accepted:
    written = messages.archive_message(call, message_id)
    return accepted(response, written)
