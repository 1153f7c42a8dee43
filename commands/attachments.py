"""Attachments' bytes: kept outside the events, by company and SHA-256 digest, in a store the
composition root provides (attachment_store.py: a table of the events' database). A message names
attachments already uploaded, so their bytes are stored before the event that names them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from cronica.commands.errors import UnknownReferenceError
from cronica.commands.models.messages import AttachmentReference
from cronica.domain.attachment import Attachment


@dataclass(frozen=True)
class StoredContent:
    """An attachment's bytes, and the name of the file they were first uploaded as (their
    digest, when no upload named them)."""

    content: bytes
    name: str


class AttachmentStore(Protocol):
    """Content-addressed bytes per company: storing the same bytes twice keeps one copy."""

    max_bytes: int
    """The largest attachment accepted."""
    quota_bytes: int
    """The bytes one user may upload in all (the same bytes counted once)."""

    def put(self, company_id: UUID, user_id: UUID, content: bytes, name: str | None = None) -> str:
        """Stores the bytes (if new) as the user's upload of the file `name`, and answers their
        SHA-256 digest; raises QuotaExceededError, storing nothing, when they would take the
        user's uploads over `quota_bytes`."""
        ...

    def size_of(self, company_id: UUID, sha256: str) -> int | None:
        """The size of the company's attachment with this digest; None if there is none."""
        ...

    def get(self, company_id: UUID, sha256: str) -> StoredContent | None:
        """The company's attachment with this digest; None if there is none."""
        ...


def attached(
    store: AttachmentStore, company_id: UUID, references: Sequence[AttachmentReference]
) -> list[Attachment]:
    """The attachments a body names, with the size of their stored bytes; one not uploaded
    (to this company) is an unknown reference of the body."""
    attachments = []
    for reference in references:
        size = store.size_of(company_id, reference.sha256)
        if size is None:
            raise UnknownReferenceError(
                "attachments", f"no attachment {reference.sha256}: upload it first"
            )
        attachments.append(Attachment(reference.name, reference.media_type, size, reference.sha256))
    return attachments
