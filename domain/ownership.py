"""Which business unit owns a record (every event carries its company and its owning unit), and
the ids of records that rules create.

A company's units form a tree under one root unit, founded with the company. Records that belong
to the company as a whole (its counters, catalogues, idempotency keys) are owned by the root unit;
others by the unit of the user who created them, unless a command says otherwise.
"""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid4, uuid5


def root_unit_id_for(company_id: UUID) -> UUID:
    """The id of a company's root business unit, derived from the company's id."""
    return uuid5(NAMESPACE_URL, f"cronica:business-unit:{company_id}:root")


def id_caused_by(kind: str, caused_by: str | None) -> UUID:
    """A new record's id: derived from what caused it when a rule creates it (so that the rule,
    run again for the same event, meets the same record), else a new random one."""
    if caused_by is None:
        return uuid4()
    return uuid5(NAMESPACE_URL, f"cronica:{kind}:{caused_by}")
