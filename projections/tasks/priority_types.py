"""The priority task types of each company, kept by the task list projection from the task-type
catalogue's events: a type marked priority makes its planned tasks urgent, whenever it was marked,
because urgency is joined from this table when a queue is read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cronica.domain.catalogue import Catalogue, catalogue_id_for
from cronica.domain.catalogue_values import CatalogueKind
from cronica.projections.rows import id_text
from cronica.projections.store import Cursor, ReadStore

TABLE = "task_priority_types"

DDL = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    " company_id TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (company_id, code))",
)

IS_PRIORITY = (
    f"EXISTS (SELECT 1 FROM {TABLE} p WHERE p.company_id = tasks.company_id"
    " AND p.code = tasks.type)"
)
"""SQL over a row of `tasks`: its type is priority in its company."""

_EVENTS = (Catalogue.EntryAdded, Catalogue.EntryPrioritised, Catalogue.EntryDeprioritised)


def is_priority_change(event: Any) -> bool:
    """An event of a company's task-type catalogue that may change which types are priority."""
    return isinstance(event, _EVENTS) and event.originator_id == catalogue_id_for(
        event.company_id, CatalogueKind.TASK_TYPES
    )


def apply_priority_change(cursor: Cursor, event: Any) -> None:
    # An entry added again after its removal comes back not priority, as the catalogue has it.
    key = (id_text(event.company_id), event.code)
    cursor.execute(f"DELETE FROM {TABLE} WHERE company_id = ? AND code = ?", key)
    if isinstance(event, Catalogue.EntryPrioritised):
        cursor.execute(f"INSERT INTO {TABLE} (company_id, code) VALUES (?, ?)", key)


def priority_task_types(store: ReadStore, company_id: str, codes: Sequence[str]) -> dict[str, bool]:
    """Whether each of these task types is priority in the company now."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return {}
    rows = store.query(
        f"SELECT code FROM {TABLE} WHERE company_id = ?"
        f" AND code IN ({', '.join('?' * len(wanted))})",
        (company_id, *wanted),
    )
    priority = {row["code"] for row in rows}
    return {code: code in priority for code in wanted}
