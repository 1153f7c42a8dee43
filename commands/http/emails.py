"""E-mail commands over HTTP: queue an e-mail from a record, retry a failed one. Both are charged
to the caller's hourly allowance of outside addresses (429 with Retry-After past it), which the
composition root puts on the app's state from the settings."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Request, Response

from cronica.commands import emails
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.emails import QueueEmail
from cronica.domain.email_ledger import SendingAllowance

router = APIRouter(prefix="/v1/emails", tags=["e-mails"])

EmailId = Annotated[UUID, Path(alias="emailId")]
LIMITED = problem_responses(429)


def sending_allowance(request: Request) -> SendingAllowance:
    allowance: SendingAllowance = request.app.state.email_allowance
    return allowance


Allowance = Annotated[SendingAllowance, Depends(sending_allowance)]


@router.post(
    "",
    status_code=201,
    summary="Send an e-mail from a record",
    description="Queues it: it is sent through the SMTP server in the background, and recorded "
    "as sent or failed on the e-mail, which is archived on the record. One e-mail goes to "
    "`CRONICA_EMAIL_RECIPIENTS_PER_EMAIL` addresses at most (To and Cc), and a user's e-mails "
    "to `CRONICA_EMAIL_RECIPIENTS_PER_HOUR` in any hour (429 past it).",
    responses={**problem_responses(400, 401, 422), **LIMITED},
)
def queue_email(body: QueueEmail, call: Call, allowance: Allowance, response: Response) -> Accepted:
    return accepted(response, emails.queue_email(call, body, allowance))


@router.post(
    "/{emailId}/retry",
    summary="Send a failed e-mail again",
    description="Only its sender, or an admin, may; to other users it does not exist (404). "
    "Its addresses count again in the caller's hourly allowance.",
    responses={**ACTION_PROBLEMS, **LIMITED},
)
def retry_email(
    email_id: EmailId, call: Call, allowance: Allowance, response: Response
) -> Accepted:
    return accepted(response, emails.retry_email(call, email_id, allowance))
