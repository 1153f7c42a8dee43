"""Which SMTP server e-mails go through: a module of its own, without the sender
(`cronica.commands.mailing`), so that the settings every `cronica` run reads do not import the
application (`cronica rebuild --list` answers in well under half a second)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class SmtpSecurity(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"

    @property
    def default_port(self) -> int:
        """The port each kind of server listens on unless told otherwise."""
        return {"none": 25, "starttls": 587, "ssl": 465}[self.value]


@dataclass(frozen=True)
class SmtpConfig:
    """The SMTP server e-mails go through (no host: none is configured, sending fails)."""

    host: str | None
    port: int = 25
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    security: SmtpSecurity = SmtpSecurity.NONE
    from_address: str = "cronica@localhost"
    timeout_seconds: float = 30.0
    ca_file: Path | None = None
    """PEM certificates of the authorities that may sign the server's; None: the system's."""
