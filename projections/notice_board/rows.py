"""The rows of notice boards (`alerts`): one alert about a record on one user's board."""

from __future__ import annotations

from dataclasses import dataclass, fields
from hashlib import sha1
from typing import ClassVar
from uuid import NAMESPACE_URL, UUID

from cronica.projections.scope import private

INCIDENT_OPENED = "incident_opened"
INCIDENT_ASSIGNED = "incident_assigned"


@dataclass(frozen=True)
class AlertRow:
    """One alert on a user's notice board about a record (`record_id`, e.g. an incident)."""

    scoped_by: ClassVar = private("user_id")

    id: str
    company_id: str
    user_id: str
    kind: str
    record_id: str
    record_number: str
    title: str
    created_at: str
    read_at: str | None


ALERT_COLUMNS = [f.name for f in fields(AlertRow)]

ALERT_DDL = (
    "CREATE TABLE IF NOT EXISTS alerts ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, user_id TEXT NOT NULL, kind TEXT NOT NULL,"
    " record_id TEXT NOT NULL, record_number TEXT NOT NULL, title TEXT NOT NULL,"
    " created_at TEXT NOT NULL, read_at TEXT)",
    "CREATE INDEX IF NOT EXISTS alerts_board ON alerts (company_id, user_id, created_at)",
    "CREATE INDEX IF NOT EXISTS alerts_unread ON alerts (company_id, user_id, read_at)",
    "CREATE TABLE IF NOT EXISTS notice_board_managers ("
    " user_id TEXT PRIMARY KEY, company_id TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS notice_board_managers_company"
    " ON notice_board_managers (company_id)",
    "CREATE TABLE IF NOT EXISTS notice_board_incidents ("
    " id TEXT PRIMARY KEY, number TEXT NOT NULL, subject TEXT NOT NULL)",
)


def alert_id_for(record_id: UUID | str, version: int, recipient_id: UUID | str) -> str:
    """Stable across rebuilds: derived from the event (a record's version) that raised the alert,
    and its recipient. The text of `uuid5(NAMESPACE_URL, name)`, made without the two `UUID`
    objects `uuid5` and its text would cost (a third of a rebuild's notice board)."""
    name = f"cronica:alert:{record_id}:{version}:{recipient_id}"
    digest = bytearray(sha1(_NAMESPACE + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    hex_ = digest.hex()
    return f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}"


_NAMESPACE = NAMESPACE_URL.bytes
