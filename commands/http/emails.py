"""E-mail commands over HTTP: queue an e-mail from a record, retry a failed one."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import emails
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.emails import QueueEmail

router = APIRouter(prefix="/v1/emails", tags=["e-mails"])


@router.post(
    "",
    status_code=201,
    summary="Send an e-mail from a record",
    description="Queues it: it is sent through the SMTP server in the background, and "
    "recorded as sent or failed on the e-mail, which is archived on the record.",
    responses=problem_responses(400, 401, 422),
)
def queue_email(body: QueueEmail, call: Call, response: Response) -> Accepted:
    return accepted(response, emails.queue_email(call, body))


@router.post(
    "/{emailId}/retry",
    summary="Send a failed e-mail again",
    responses=ACTION_PROBLEMS,
)
def retry_email(
    email_id: Annotated[UUID, Path(alias="emailId")], call: Call, response: Response
) -> Accepted:
    return accepted(response, emails.retry_email(call, email_id))
