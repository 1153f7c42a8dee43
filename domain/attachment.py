"""A file attached to a message, as the events name it: the bytes are not in the events but in a
store of contents addressed by company and SHA-256 digest (see commands/attachment_store.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

from cronica.domain.errors import InvalidAttachmentError

SHA256_PATTERN = r"^[0-9a-f]{64}$"
"""A SHA-256 digest as attachments are named: 64 lowercase hexadecimal digits."""

_SHA256 = re.compile(SHA256_PATTERN)
# type/subtype, parameters not included (RFC 6838 names).
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w!#$&^.+-]*/[A-Za-z0-9][\w!#$&^.+-]*$")


class AttachmentData(TypedDict):
    """An attachment as the events name it."""

    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message: what it is called, its media type, size and digest."""

    name: str
    media_type: str
    size: int
    sha256: str

    def check(self) -> None:
        """Refuses a blank name, a malformed media type or digest, a negative size."""
        if not self.name.strip():
            raise InvalidAttachmentError("an attachment needs a name")
        if not _MEDIA_TYPE.match(self.media_type):
            raise InvalidAttachmentError(f"{self.media_type!r} is not a media type")
        if self.size < 0:
            raise InvalidAttachmentError("an attachment's size cannot be negative")
        if not _SHA256.match(self.sha256):
            raise InvalidAttachmentError(f"{self.sha256!r} is not a SHA-256 digest")

    def to_event_data(self) -> AttachmentData:
        return {
            "name": self.name,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
        }

    @classmethod
    def from_event_data(cls, data: AttachmentData) -> Attachment:
        return cls(**data)
