"""E-mail commands over HTTP: queue an e-mail from a record, retry a failed one."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import emails
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.emails import QueueEmail
from cronica.domain.email import Email

router = APIRouter(prefix="/v1/emails", tags=["e-mails"])


declare_routes(
    router,
    Email,
    "emailId",
    [
        Create(
            emails.queue_email,
            QueueEmail,
            "Send an e-mail from a record",
            "Queues it: it is sent through the SMTP server in the background, and "
            "recorded as sent or failed on the e-mail, which is archived on the record.",
            problems=(400, 401, 422),
        ),
        Action("retry", emails.retry_email, None, "Send a failed e-mail again"),
    ],
)
