"""Reads of the catalogues beyond their pages: the entries of a task's type."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.domain.catalogue_values import CatalogueKind
from cronica.projections.catalogues.rows import CATALOGUE_ENTRIES, CatalogueEntryRow
from cronica.projections.store import ReadStore


def task_types(
    store: ReadStore, company_id: str, codes: Sequence[str]
) -> dict[str, CatalogueEntryRow]:
    """The entries of the company's task-type catalogue with these codes (removed ones too),
    keyed by code; unknown codes are absent."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return {}
    rows = store.query(
        f"SELECT {', '.join(CATALOGUE_ENTRIES.columns)} FROM {CATALOGUE_ENTRIES.table}"
        f" WHERE company_id = ? AND kind = ? AND code IN ({', '.join('?' * len(wanted))})",
        (company_id, CatalogueKind.TASK_TYPES.value, *wanted),
    )
    return {row["code"]: CatalogueEntryRow(**row) for row in rows}
