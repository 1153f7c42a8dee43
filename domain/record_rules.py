"""The rules a kind of record may follow for who sees and changes it (applied in
`cronica.domain.access`; each aggregate class names its own)."""

from __future__ import annotations

from enum import Enum


class RecordRule(Enum):
    """Which rule a kind of record follows; each aggregate class declares its own."""

    BUSINESS = "business"
    """A record of the business: the unit tree, and the people it names (`record_access`)."""
    WORK = "work"
    """A person's own work: the people hierarchy (`work_access`)."""
    PRIVATE = "private"
    """Its people's only (`private_access`)."""
    COMPANY = "company"
    """The company's own (its units, users, catalogues): everyone reads, only admins change."""
