"""The order search index: one document per repair order and per incident, with what it is
filtered by and the words it is found by.

A document's words are its headline (an incident's subject and description, a repair order's
fault) and its notes (every follow-up note and resolution of an incident, every work registered
on a repair order), folded to lowercase without accents (`search_text.folded`). Its users are
the people it involves: who opened an incident or received an order, every technician it was
assigned or scheduled to, everyone who worked on it, who delivered it. `finished_at` is when an
incident was closed, or a repair order's service finished (see `projections.repair_orders`); a
reopened order has none.

The tables differ by database, not the rows this module writes: on PostgreSQL `order_search`
has a generated, GIN-indexed `tsvector` (headline weighted above notes); on SQLite an FTS5
table indexes the same columns as external content, kept in step by triggers, and `doc` (the
rowid FTS5 refers to) numbers the documents in the order their events came, so a rebuild gives
the same numbers. Searching is in `queries`.
"""

from __future__ import annotations

from typing import Any

from cronica.domain.incident import Incident, IncidentStatus
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import Reception
from cronica.domain.repair_order_values import RepairOrderStatus as Status
from cronica.projections.order_search.rows import INCIDENT, INDEXES, REPAIR_ORDER
from cronica.projections.order_search.search_text import folded
from cronica.projections.projection import Projection
from cronica.projections.repair_orders.statuses import status_change
from cronica.projections.rows import id_text, unit_moved, utc_text
from cronica.projections.store import Cursor, Dialect

_DOCUMENT_COLUMNS = (
    "company_id TEXT NOT NULL, unit_id TEXT NOT NULL, technician_id TEXT, kind TEXT NOT NULL,"
    " number TEXT NOT NULL, status TEXT NOT NULL,"
    " customer_id TEXT NOT NULL, contact_id TEXT, project_id TEXT, created_at TEXT NOT NULL,"
    " finished_at TEXT, headline_words TEXT NOT NULL, notes_words TEXT NOT NULL"
)
_SHARED_DDL = (
    "CREATE TABLE IF NOT EXISTS order_search_users ("
    " order_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (user_id, order_id))",
    *INDEXES,
)
_POSTGRES_DDL = (
    f"CREATE TABLE IF NOT EXISTS order_search (id TEXT PRIMARY KEY, {_DOCUMENT_COLUMNS},"
    " document tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', headline_words), 'A')"
    " || setweight(to_tsvector('simple', notes_words), 'B')) STORED)",
    "CREATE INDEX IF NOT EXISTS order_search_document ON order_search USING GIN (document)",
)
FTS_TABLE = "order_search_text"
_FTS_COLUMNS = "headline_words, notes_words"
_SQLITE_DDL = (
    "CREATE TABLE IF NOT EXISTS order_search ("
    f" doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, {_DOCUMENT_COLUMNS})",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({_FTS_COLUMNS},"
    " content='order_search', content_rowid='doc', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS order_search_inserted AFTER INSERT ON order_search BEGIN"
    f" INSERT INTO {FTS_TABLE} (rowid, {_FTS_COLUMNS})"
    " VALUES (new.doc, new.headline_words, new.notes_words); END",
    # FTS5 forgets a document's old words only when told them.
    "CREATE TRIGGER IF NOT EXISTS order_search_updated"
    f" AFTER UPDATE OF {_FTS_COLUMNS} ON order_search BEGIN"
    f" INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_FTS_COLUMNS})"
    " VALUES ('delete', old.doc, old.headline_words, old.notes_words);"
    f" INSERT INTO {FTS_TABLE} (rowid, {_FTS_COLUMNS})"
    " VALUES (new.doc, new.headline_words, new.notes_words); END",
)
_INSERT = (
    "INSERT INTO order_search (id, company_id, unit_id, kind, number, status, customer_id,"
    " contact_id, project_id, created_at, finished_at, headline_words, notes_words)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, '')"
)


_ADD_FIRST_USER = "INSERT INTO order_search_users (order_id, user_id) VALUES (?, ?)"
_ADD_USER = f"{_ADD_FIRST_USER} ON CONFLICT DO NOTHING"


class OrderSearchProjection(Projection):
    """Rows of `order_search` (one per order) and `order_search_users` (who each involves)."""

    name = "order_search"
    tables = ("order_search", "order_search_users")
    ddl = ()

    def create_tables(self, cursor: Cursor, dialect: Dialect) -> None:
        specific = _POSTGRES_DDL if dialect == "postgres" else _SQLITE_DDL
        for statement in (*specific, *_SHARED_DDL):
            cursor.execute(statement)

    def drop_tables(self, cursor: Cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")  # only SQLite has it
        super().drop_tables(cursor)

    def empty_tables(self, cursor: Cursor, dialect: Dialect) -> None:
        super().empty_tables(cursor, dialect)
        if dialect == "sqlite":  # an external-content FTS5 index forgets rows only when told
            cursor.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        order_id = id_text(event.originator_id)
        created = isinstance(event, Incident.Created | RepairOrder.Received)
        if created:
            cursor.execute(_INSERT, (order_id, *_document(event)))
        if (notes := _notes(event)) is not None:
            cursor.execute(
                "UPDATE order_search SET notes_words = notes_words || ? WHERE id = ?",
                (f" {folded(notes)}", order_id),
            )
        for change in (_incident_status(event) or status_change(event), _named(event)):
            if change is not None:
                assignments, params = change
                cursor.execute(
                    f"UPDATE order_search SET {assignments} WHERE id = ?", (*params, order_id)
                )
        if (user_id := _user(event)) is not None:
            # A new order has no one yet: its first person needs no test for a conflict (and
            # a rebuild's thousands go by COPY, which cannot make one).
            cursor.execute(_ADD_FIRST_USER if created else _ADD_USER, (order_id, user_id))


def _document(event: Incident.Created | RepairOrder.Received) -> tuple[Any, ...]:
    """A new document's columns after its id, up to its headline."""
    if isinstance(event, Incident.Created):
        kind, status, project_id = INCIDENT, IncidentStatus.OPEN.value, None
        created_at, headline = event.timestamp, f"{event.subject}\n{event.description}"
    else:
        reception = Reception.from_event_data(event.reception)
        kind, status = REPAIR_ORDER, Status.RECEIVED.value
        project_id = str(event.project_id) if event.project_id else None
        created_at, headline = reception.received_at, reception.fault_description
    return (
        id_text(event.company_id),
        id_text(event.unit_id),
        kind,
        event.number,
        status,
        id_text(event.customer_id),
        str(event.contact_id) if event.contact_id else None,
        project_id,
        utc_text(created_at),
        folded(headline),
    )


def _notes(event: Any) -> str | None:
    """The text an event adds to its order's notes."""
    if isinstance(event, Incident.FollowedUp):
        return event.note
    if isinstance(event, Incident.Closed):
        return event.resolution
    if isinstance(event, RepairOrder.WorkRegistered):
        return event.work_done
    return None


def _named(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """Who reads the order wherever it lies (its technician), and the unit that owns it."""
    if isinstance(event, Incident.Assigned | RepairOrder.Scheduled):
        return "technician_id = ?", (str(event.technician_id),)
    if isinstance(event, Incident.MovedToUnit | RepairOrder.MovedToUnit):
        return unit_moved(event)
    return None


def _incident_status(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    if isinstance(event, Incident.Closed):
        return "status = ?, finished_at = ?", (
            IncidentStatus.CLOSED.value,
            utc_text(event.timestamp),
        )
    if isinstance(event, Incident.Reopened):
        return "status = ?, finished_at = NULL", (IncidentStatus.OPEN.value,)
    return None


_NAMING_A_TECHNICIAN = (
    Incident.Assigned,
    RepairOrder.Scheduled,
    RepairOrder.WorkRegistered,
    RepairOrder.Delivered,
)


def _user(event: Any) -> str | None:
    """The person an event involves in its order, if any."""
    if isinstance(event, Incident.Created | Incident.FollowedUp):
        return str(event.actor_id)
    if isinstance(event, RepairOrder.Received):
        return str(Reception.from_event_data(event.reception).received_by)
    if isinstance(event, _NAMING_A_TECHNICIAN):
        return str(event.technician_id)
    return None
