"""Which business unit owns a record: every event carries its company and its owning unit.

A company's units form a tree under one root unit, founded with the company. Records that belong
to the company as a whole (its counters, catalogues, idempotency keys) are owned by the root unit;
others by the unit of the user who created them, unless a command says otherwise.
"""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5


def root_unit_id_for(company_id: UUID) -> UUID:
    """The id of a company's root business unit, derived from the company's id."""
    return uuid5(NAMESPACE_URL, f"cronica:business-unit:{company_id}:root")
