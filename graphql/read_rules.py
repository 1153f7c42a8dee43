"""Deny by default: every root field of the Query declares which access rule its reads follow
(`read_rule(...)` among its extensions), and a test walks the schema and fails on a field that
does not. The rule itself is applied below the field, by the viewer's `Scope` in every read model
query (`cronica.projections.scope`) and by `access_to` for a record read from its events."""

from collections.abc import Awaitable, Callable
from typing import Any

from strawberry.extensions import FieldExtension
from strawberry.types.field import StrawberryField

from cronica.domain.record_rules import RecordRule
from cronica.projections.listing import Listing
from cronica.projections.scope import scoping_of


class ReadRule(FieldExtension):
    """The rule a root field's reads follow; None: each record's own (its kind's rule, read
    from its events)."""

    def __init__(self, rule: RecordRule | None) -> None:
        super().__init__()
        self.rule = rule

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        return next_(source, info, **kwargs)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        return await next_(source, info, **kwargs)


def read_rule(rule: RecordRule | None) -> list[FieldExtension]:
    """The `extensions` of a root field whose reads follow `rule`."""
    return [ReadRule(rule)]


def rows_rule(row_type: type) -> list[FieldExtension]:
    """The `extensions` of a root field over a read model's rows: their declared rule."""
    return read_rule(scoping_of(row_type).rule)


def listing_rule(listing: Listing[Any]) -> list[FieldExtension]:
    """The `extensions` of a root field over a listing: its rows' declared rule."""
    return rows_rule(listing.row_type)


def declared_rule(field: StrawberryField) -> ReadRule | None:
    """The rule a field declares, if any."""
    return next((e for e in field.extensions if isinstance(e, ReadRule)), None)
