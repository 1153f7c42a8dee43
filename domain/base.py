"""The base of every Cronica aggregate: events stamped with company, owning business unit, actor
and correlation id.

Stored events are never rewritten, so the company (tenant), the unit and the audit fields are in
every event from the first one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Self
from uuid import UUID

from eventsourcing.domain import Aggregate, CanInitAggregate, CanMutateAggregate

from cronica.domain.context import CommandContext, current_context
from cronica.domain.lifecycle_steps import Lifecycle
from cronica.domain.ownership import root_unit_id_for
from cronica.domain.record_rules import RecordRule
from cronica.domain.snapshot import TypedSnapshot


def people_named(*user_ids: UUID | None) -> frozenset[UUID]:
    """The users a record names in the fields given, leaving out those not set (`people`)."""
    return frozenset(user_id for user_id in user_ids if user_id is not None)


class CronicaAggregate(Aggregate):
    """An aggregate owned by one company and one of its business units; its events record who
    did what in which request."""

    company_id: UUID
    unit_id: UUID

    company_wide: ClassVar[bool] = False
    """True for records of the company as a whole (counters, catalogues): owned by the root unit."""
    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS
    """Who may see and change records of this kind (`cronica.domain.access`)."""

    @property
    def people(self) -> frozenset[UUID]:
        """The users this record names, who may see and change it whatever its unit (its agent,
        its technician; for a person's work, that person; for a private record, its people)."""
        return frozenset()

    Snapshot = TypedSnapshot

    class Event(Aggregate.Event):
        company_id: UUID
        unit_id: UUID
        actor_id: str
        correlation_id: str

        lifecycle: ClassVar[Lifecycle | None] = None
        """The event's step in the lifecycle records share (`cronica.domain.lifecycle_steps`)."""

    class Created(Event, Aggregate.Created):
        pass

    class MovedToUnit(Event):
        """The record now belongs to another business unit (the event is stamped with the old);
        every kind has its own (`Customer.MovedToUnit`), as the library redefines base events."""

        to_unit_id: UUID

        def apply(self, aggregate: CronicaAggregate) -> None:
            aggregate.unit_id = self.to_unit_id

    def __base_init__(  # type: ignore[override]
        self, originator_id: Any, originator_version: int, timestamp: datetime, unit_id: UUID
    ) -> None:
        # The library passes the created event's fields named here: every record knows its unit
        # without each __init__ repeating it.
        super().__base_init__(originator_id, originator_version, timestamp)
        self.unit_id = unit_id

    @classmethod
    def _owning_unit(cls, company_id: UUID, context: CommandContext, **kwargs: Any) -> UUID:
        """The unit a new record belongs to: the command's, else the company's root unit."""
        if cls.company_wide or context.unit_id is None:
            return root_unit_id_for(company_id)
        return context.unit_id

    @classmethod
    def _create(
        cls,
        event_class: type[CanInitAggregate[UUID]],
        *,
        id: UUID | None = None,
        **kwargs: Any,
    ) -> Self:
        context = current_context()
        kwargs.update(
            unit_id=cls._owning_unit(context=context, **kwargs),
            actor_id=context.actor_id,
            correlation_id=context.correlation_id,
        )
        return super()._create(event_class, id=id, **kwargs)

    def move_to_unit(self, unit_id: UUID) -> None:
        """Hands the record to another unit of its company: who may see and change it follows."""
        if unit_id != self.unit_id:
            self.trigger_event(type(self).MovedToUnit, to_unit_id=unit_id)

    def trigger_event(self, event_class: type[CanMutateAggregate[UUID]], **kwargs: Any) -> None:
        context = current_context()
        kwargs.update(
            company_id=self.company_id,
            unit_id=self.unit_id,
            actor_id=context.actor_id,
            correlation_id=context.correlation_id,
        )
        super().trigger_event(event_class, **kwargs)
