"""Reading the set-aside events, for the `cronica set-aside` commands and the admins' GraphQL
field."""

from __future__ import annotations

from cronica.projections.set_aside.rows import SET_ASIDE_TABLE, SetAsideEvent
from cronica.projections.store import ReadStore


def set_aside_events(
    store: ReadStore, *, company_id: str | None = None, projection: str | None = None
) -> list[SetAsideEvent]:
    """The events set aside, in log order (then by projection); only one company's, or one
    projection's, when given."""
    where, params = [], []
    for column, value in (("company_id", company_id), ("projection", projection)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    rows = store.query(
        f"SELECT * FROM {SET_ASIDE_TABLE}{condition} ORDER BY position, projection", params
    )
    return [SetAsideEvent.from_row(row) for row in rows]
