"""The position (event store notification id) each projection or relay has reached."""

from __future__ import annotations

from cronica.projections.store import Cursor, ReadStore

CREATE_POSITIONS = (
    "CREATE TABLE IF NOT EXISTS projection_positions ("
    " name TEXT PRIMARY KEY, position BIGINT NOT NULL)"
)


def create_positions_table(store: ReadStore) -> None:
    with store.transaction() as cursor:
        cursor.execute(CREATE_POSITIONS)


def read_position(cursor: Cursor, name: str, *, for_update: bool = False) -> int:
    """The position reached; `for_update` locks its row (PostgreSQL) so that two runners of
    one projection take turns instead of applying the same events twice."""
    lock = " FOR UPDATE" if for_update else ""
    cursor.execute(f"SELECT position FROM projection_positions WHERE name = ?{lock}", (name,))
    row = cursor.fetchone()
    return int(row["position"]) if row else 0


def write_position(cursor: Cursor, name: str, position: int) -> None:
    """Moves the position forward; it never goes back (a stale writer cannot rewind it)."""
    cursor.execute(
        "INSERT INTO projection_positions (name, position) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET position = excluded.position "
        "WHERE projection_positions.position < excluded.position",
        (name, position),
    )


def ensure_position(cursor: Cursor, name: str) -> None:
    cursor.execute(
        "INSERT INTO projection_positions (name, position) VALUES (?, 0) ON CONFLICT DO NOTHING",
        (name,),
    )


def lowest_position(store: ReadStore, names: list[str]) -> int:
    """The position every named projection has reached."""
    positions = all_positions(store)
    return min((positions.get(name, 0) for name in names), default=0)


def all_positions(store: ReadStore) -> dict[str, int]:
    rows = store.query("SELECT name, position FROM projection_positions")
    return {row["name"]: int(row["position"]) for row in rows}
