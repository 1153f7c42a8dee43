"""A row's optional values as a GraphQL type holds them: read models keep ids and ISO-8601 times
and days as text, and null where a record has none."""

from datetime import date, datetime

import strawberry


def id_or_none(value: str | None) -> strawberry.ID | None:
    return strawberry.ID(value) if value else None


def time_or_none(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def day_or_none(value: str | None) -> date | None:
    """A day held as 'YYYY-MM-DD' text in a row, or None."""
    return date.fromisoformat(value) if value else None
