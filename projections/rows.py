"""Helpers shared by the read models: how times are written in rows and filters, how priorities
sort, how a record's later event changes its row, and lookups of rows within one company."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter
from typing import Any, TypeVar
from uuid import UUID

from cronica.domain.incident import Priority
from cronica.projections.columns import column
from cronica.projections.filtering import AllOf, AnyOf, Condition, Filter, NoneOf
from cronica.projections.scope import Within
from cronica.projections.store import Cursor, ReadStore, Row

T = TypeVar("T")

PRIORITY_RANK = {priority.value: rank for rank, priority in enumerate(Priority)}
"""What a `priority_rank` column holds: low < normal < high < urgent, not alphabetical."""

PRIORITY_ORDER = column(
    order=True, api_name="priority", order_description="low < normal < high < urgent"
)
"""The `column` of a `priority_rank` field: what the API orders by as `priority` (the `priority`
field itself is filtered on, by name)."""


ID_TEXTS_KEPT = 4096
"""Ids whose text `id_text` remembers at most (then it forgets them all and starts again)."""

_id_texts: dict[int, str] = {}


def id_text(value: UUID) -> str:
    """An id as the rows hold it (`str`), remembered for the next ask: each event's few ids (its
    record's, company's, unit's) are written by several read models, and `str` of a UUID costs
    ~1.5 us (a rebuild of 1,877 events asked it 46,000 times, for 15-20 % of its Python time).
    Remembered by the UUID's number, not the UUID: hashing and comparing a UUID are Python
    methods, and made `functools.lru_cache` cost 0.4 us an ask, this 0.1 us."""
    text = _id_texts.get(value.int)
    if text is None:
        if len(_id_texts) >= ID_TEXTS_KEPT:
            _id_texts.clear()
        text = _id_texts[value.int] = str(value)
    return text


_utc_texts: dict[datetime, str] = {}


def utc_text(moment: datetime) -> str:
    """ISO-8601 in UTC with microseconds always written, so that times sort as text;
    remembered like `id_text`: an event's time is written by several read models (a rebuild of
    1,877 events asked 7,576 times). Equal moments in other zones are one key, and one text."""
    text = _utc_texts.get(moment)
    if text is None:
        if len(_utc_texts) >= ID_TEXTS_KEPT:
            _utc_texts.clear()
        text = _utc_texts[moment] = moment.astimezone(UTC).isoformat(timespec="microseconds")
    return text


def with_text_times(filter_: Filter | None) -> Filter | None:
    """The filter with datetime values written as `utc_text`, the form the rows hold."""
    return None if filter_ is None else _texted(filter_)


def _texted(filter_: Filter) -> Filter:
    if isinstance(filter_, AllOf | AnyOf):
        return replace(filter_, parts=[_texted(part) for part in filter_.parts])
    if isinstance(filter_, NoneOf):
        return NoneOf(_texted(filter_.part))
    return replace(filter_, value=_text_time(filter_))


def _text_time(condition: Condition) -> object:
    value = condition.value
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, list | tuple):
        return [utc_text(item) if isinstance(item, datetime) else item for item in value]
    return value


def insert_row(cursor: Cursor, table: str, row: Any, **extra: Any) -> None:
    """Inserts a record's first row (a dataclass of the table's columns), with the `extra`
    columns a projection keeps beside it (e.g. what it sorts by)."""
    sql, values_of = _row_insert(table, row.__class__, tuple(extra))
    cursor.execute(sql, (*values_of(row), *extra.values()))


@cache
def _row_insert(
    table: str, row_type: type, extra: tuple[str, ...]
) -> tuple[str, Callable[[Any], tuple[Any, ...]]]:
    """The INSERT of a row dataclass's fields (in order) and the `extra` columns, and what reads
    those fields' values: made once for each, since a rebuild inserts thousands of rows of one
    type (the statement written out again each time, and its fields read one `getattr` at a
    time, were 6 us a row). Not `dataclasses.astuple`, which deep-copies every value."""
    names = tuple(field.name for field in fields(row_type))
    columns = (*names, *extra)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    values = attrgetter(*names)
    return sql, (values if len(names) > 1 else lambda row: (values(row),))


def update_stamped(
    cursor: Cursor, table: str, event: Any, assignments: str, params: Sequence[Any]
) -> None:
    """Sets `assignments` (SQL, with `params`; may be empty) on the row of the event's record in
    `table`, and its `version` and `updated_at` to the event's."""
    sets = ", ".join(part for part in (assignments, "version = ?, updated_at = ?") if part)
    cursor.execute(
        f"UPDATE {table} SET {sets} WHERE id = ?",
        (
            *params,
            event.originator_version,
            utc_text(event.timestamp),
            id_text(event.originator_id),
        ),
    )


def unit_moved(event: Any) -> tuple[str, tuple[Any, ...]]:
    """What a record's MovedToUnit sets on its row: the unit that owns it now, so who reads it
    follows from that event on."""
    return "unit_id = ?", (str(event.to_unit_id),)


def fetch_by_ids(
    store: ReadStore,
    table: str,
    columns: Sequence[str],
    within: Within,
    ids: Sequence[str],
    make: Callable[..., T],
) -> dict[str, T]:
    """The rows of `table` with these ids among those `within` selects (see `scope`), keyed by
    id; unknown ids are absent."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    placeholders = ", ".join("?" * len(wanted))
    rows: list[Row] = store.query(
        f"SELECT {', '.join(columns)} FROM {table} WHERE {within[0]} AND id IN ({placeholders})",
        [*within[1], *wanted],
    )
    return {row["id"]: make(**row) for row in rows}


def minutes_between(started_at: datetime, ended_at: datetime) -> int:
    """Whole minutes worked, counted as the Incident aggregate counts them."""
    return int((ended_at - started_at).total_seconds() // 60)


def fetch_grouped(
    store: ReadStore,
    table: str,
    columns: Sequence[str],
    within: Within,
    key_column: str,
    keys: Sequence[str],
    order: str,
    make: Callable[..., T],
) -> dict[str, list[T]]:
    """The rows of `table` among those `within` selects (see `scope`) whose `key_column` is one
    of `keys`, grouped by it and
    each group in `order` (then id), in one query; every key asked for is a key (an unknown one
    has no rows)."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, list[T]] = {key: [] for key in wanted}
    if not wanted:
        return found
    rows: list[Row] = store.query(
        f"SELECT {', '.join(columns)} FROM {table}"
        f" WHERE {within[0]} AND {key_column} IN ({', '.join('?' * len(wanted))})"
        f" ORDER BY {key_column}, {order}, id",
        (*within[1], *wanted),
    )
    for row in rows:
        found[row[key_column]].append(make(**row))
    return found
