"""Reads of the catalogues beyond their pages: the entries of a task's type, and whole
catalogues by id (as `node(id)` refetches them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True)
class CatalogueRow:
    """One of the company's catalogues: its id (the record's) and kind."""

    id: str
    kind: str


def catalogues_by_ids(
    store: ReadStore, company_id: str, ids: Sequence[str]
) -> dict[str, CatalogueRow]:
    """The company's catalogues with these ids, keyed by id; unknown ids are absent."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    rows = store.query(
        "SELECT id, kind FROM catalogue_kinds"
        f" WHERE company_id = ? AND id IN ({', '.join('?' * len(wanted))})",
        (company_id, *wanted),
    )
    return {row["id"]: CatalogueRow(**row) for row in rows}


def entries_of(store: ReadStore, company_id: str, catalogue_id: str) -> list[CatalogueEntryRow]:
    """Every entry of the catalogue, removed ones too, in the order they were added."""
    rows = store.query(
        f"SELECT {', '.join(CATALOGUE_ENTRIES.columns)} FROM {CATALOGUE_ENTRIES.table}"
        " WHERE company_id = ? AND catalogue_id = ? ORDER BY place",
        (company_id, catalogue_id),
    )
    return [CatalogueEntryRow(**row) for row in rows]
