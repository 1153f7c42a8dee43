"""Helpers shared by the read models: how times are written in rows and filters, and lookups of
rows by id within one company."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar

from cronica.projections.filtering import AllOf, AnyOf, Condition, Filter, NoneOf
from cronica.projections.store import ReadStore, Row

T = TypeVar("T")


def utc_text(moment: datetime) -> str:
    """ISO-8601 in UTC with microseconds always written, so that times sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


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


def fetch_by_ids(
    store: ReadStore,
    table: str,
    columns: Sequence[str],
    company_id: str,
    ids: Sequence[str],
    make: Callable[..., T],
) -> dict[str, T]:
    """The rows of `table` with these ids in the company, keyed by id; unknown ids are absent."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    placeholders = ", ".join("?" * len(wanted))
    rows: list[Row] = store.query(
        f"SELECT {', '.join(columns)} FROM {table} WHERE company_id = ? AND id IN ({placeholders})",
        [company_id, *wanted],
    )
    return {row["id"]: make(**row) for row in rows}


def minutes_between(started_at: datetime, ended_at: datetime) -> int:
    """Whole minutes worked, counted as the Incident aggregate counts them."""
    return int((ended_at - started_at).total_seconds() // 60)
