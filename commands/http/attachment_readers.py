"""Who downloads an attachment: whoever may read a message that names it (its sender and
recipients; admins and auditors, who read every message of the company), and whoever uploaded
it. A download names the message (`messageId`), unless the caller uploaded the bytes: they are
addressed by their digest alone, which says nothing of who may have them."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Path, Query, Request

from cronica.commands.errors import RecordNotFoundError
from cronica.commands.http.guards import Who
from cronica.commands.scope import CallerScope
from cronica.domain.access import Access
from cronica.domain.attachment import SHA256_PATTERN
from cronica.domain.message import InternalMessage

MessageId = Annotated[
    UUID | None,
    Query(
        alias="messageId",
        description="The message the attachment is downloaded from; none: one's own upload.",
    ),
]


def attachment_reader(
    request: Request,
    sha256: Annotated[str, Path(pattern=SHA256_PATTERN)],
    who: Who,
    message_id: MessageId = None,
) -> None:
    """Refuses the download, as an unknown attachment, unless the message names it and the
    caller may read the message, or (no message named) the caller uploaded it."""
    if message_id is None:
        if not request.app.state.attachments.uploaded_by(who.company_id, who.user_id, sha256):
            raise RecordNotFoundError(f"no attachment {sha256} uploaded by you")
        return
    missing = RecordNotFoundError(f"no attachment {sha256} in message {message_id}")
    app = request.app.state.application
    message = app.find(InternalMessage, message_id)
    if message is None or message.company_id != who.company_id:
        raise missing
    if CallerScope(app, who).access(message) is Access.NONE:
        raise missing
    if all(attachment.sha256 != sha256 for attachment in message.attachments):
        raise missing


AttachmentReader = Depends(attachment_reader)
