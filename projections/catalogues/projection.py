"""The catalogues' projection: the entries a catalogue starts with, then each added, renamed,
removed, prioritised or deprioritised entry."""

from __future__ import annotations

import json
from typing import Any

from cronica.domain.catalogue import Catalogue
from cronica.domain.catalogue_values import EntryData
from cronica.projections.catalogues.rows import (
    CATALOGUE_ENTRIES,
    CATALOGUE_ENTRIES_TABLE,
    CatalogueEntryRow,
    entry_id,
)
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, insert_row, utc_text
from cronica.projections.store import Cursor

_TABLE = "catalogue_entries"
_KINDS_DDL = (
    "CREATE TABLE IF NOT EXISTS catalogue_kinds ("
    " id TEXT NOT NULL PRIMARY KEY, company_id TEXT NOT NULL, kind TEXT NOT NULL)"
)
"""The kind of each catalogue, for the entries added to it later."""


class CatalogueProjection(Projection):
    """Rows of `catalogue_entries` (and `catalogue_kinds`)."""

    name = "catalogues"
    tables = (_TABLE, "catalogue_kinds")
    ddl = (CATALOGUE_ENTRIES_TABLE, *CATALOGUE_ENTRIES.indexes(), _KINDS_DDL)

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        catalogue = id_text(event.originator_id)
        if isinstance(event, Catalogue.Started):
            cursor.execute(
                "INSERT INTO catalogue_kinds (id, company_id, kind) VALUES (?, ?, ?)",
                (catalogue, id_text(event.company_id), event.kind),
            )
            for place, definition in enumerate(event.entries):
                insert_row(cursor, _TABLE, _entry(event, definition, event.kind, place))
        elif isinstance(event, Catalogue.EntryAdded):
            # An entry added again after its removal is the same entry, active and not priority,
            # and now the last.
            cursor.execute(f"DELETE FROM {_TABLE} WHERE id = ?", (entry_id(catalogue, event.code),))
            cursor.execute(
                f"SELECT k.kind AS kind, (SELECT COALESCE(MAX(place), -1) + 1 FROM {_TABLE}"
                " WHERE catalogue_id = k.id) AS place FROM catalogue_kinds k WHERE k.id = ?",
                (catalogue,),
            )
            found = cursor.fetchone()
            assert found is not None, "a catalogue's entries follow its start"
            definition = {
                "code": event.code,
                "name": event.name,
                "colour": event.colour,
                "value_type": event.value_type,
                "choices": event.choices,
            }
            insert_row(
                cursor, _TABLE, _entry(event, definition, found["kind"], int(found["place"]))
            )
        elif (change := _change(event)) is not None:
            cursor.execute(
                f"UPDATE {_TABLE} SET {change[0]} = ?, updated_at = ?, version = ? WHERE id = ?",
                (
                    change[1],
                    utc_text(event.timestamp),
                    event.originator_version,
                    entry_id(catalogue, event.code),
                ),
            )


def _change(event: Any) -> tuple[str, Any] | None:
    """The column a later event of an entry sets, and its value."""
    if isinstance(event, Catalogue.EntryRenamed):
        return "name", event.name
    if isinstance(event, Catalogue.EntryRemoved):
        return "removed", True
    if isinstance(event, Catalogue.EntryPrioritised | Catalogue.EntryDeprioritised):
        return "priority", isinstance(event, Catalogue.EntryPrioritised)
    return None


def _entry(event: Any, definition: EntryData, kind: str, place: int) -> CatalogueEntryRow:
    catalogue = id_text(event.originator_id)
    return CatalogueEntryRow(
        id=entry_id(catalogue, definition["code"]),
        company_id=id_text(event.company_id),
        catalogue_id=catalogue,
        kind=kind,
        code=definition["code"],
        name=definition["name"],
        colour=definition["colour"],
        value_type=definition["value_type"],
        choices=json.dumps(definition["choices"]),
        priority=False,
        removed=False,
        place=place,
        updated_at=utc_text(event.timestamp),
        version=event.originator_version,
    )
