"""Deny by default: every root field of the Query declares which access rule its reads follow
(`read_rule(...)` among its extensions), and a test walks the schema and fails on a field that
does not. The rule itself is applied below the field, by the viewer's `Scope` in every read model
query (`cronica.projections.scope`) and by `access_to` for a record read from its events."""

from collections.abc import Awaitable, Callable
from typing import Any

from strawberry.extensions import FieldExtension
from strawberry.types.field import StrawberryField

from cronica.domain.record_rules import RecordRule
from cronica.domain.roles import Capability, can, roles_that_can
from cronica.graphql.errors import NotAllowedError
from cronica.graphql.list_inputs import RowFilter
from cronica.projections.listing import Listing
from cronica.projections.scope import scoping_of


class ReadRule(FieldExtension):
    """The rule a root field's reads follow; None: each record's own (its kind's rule, read
    from its events). With `needs`, only the roles with that capability read the field at all
    (`what` names it in the refusal)."""

    def __init__(
        self, rule: RecordRule | None, needs: Capability | None = None, what: str = ""
    ) -> None:
        super().__init__()
        self.rule = rule
        self.needs = needs
        self.what = what

    def require(self, info: Any) -> None:
        """Refuses a viewer whose role lacks the capability the field needs."""
        if self.needs is not None and not can(info.context.viewer.role, self.needs):
            roles = " and ".join(f"{role.value}s" for role in roles_that_can(self.needs))
            raise NotAllowedError(f"only {roles} may read {self.what}")

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        self.require(info)
        return next_(source, info, **kwargs)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        self.require(info)
        for value in kwargs.values():  # a filter over the limits is refused before any read
            if isinstance(value, RowFilter):
                value.to_filter()
        # Who the viewer is (their unit, the unit tree, their grants) is read off the event
        # loop, once the read models reached the position the request waits for.
        await info.context.read_after(kwargs.get("at_least_position"))
        await info.context.viewer.ready()
        return await next_(source, info, **kwargs)


def read_rule(rule: RecordRule | None) -> list[FieldExtension]:
    """The `extensions` of a root field whose reads follow `rule`."""
    return [ReadRule(rule)]


def capability_rule(rule: RecordRule, needs: Capability, what: str) -> list[FieldExtension]:
    """The `extensions` of a root field only the roles with capability `needs` read (`what`
    names it in the refusal), following `rule` within the company."""
    return [ReadRule(rule, needs, what)]


def rows_rule(row_type: type) -> list[FieldExtension]:
    """The `extensions` of a root field over a read model's rows: their declared rule."""
    return read_rule(scoping_of(row_type).rule)


def listing_rule(listing: Listing[Any]) -> list[FieldExtension]:
    """The `extensions` of a root field over a listing: its rows' declared rule."""
    return rows_rule(listing.row_type)


def declared_rule(field: StrawberryField) -> ReadRule | None:
    """The rule a field declares, if any."""
    return next((e for e in field.extensions if isinstance(e, ReadRule)), None)
