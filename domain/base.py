"""The base of every Cronica aggregate: events stamped with company, actor and correlation id.

Stored events are never rewritten, so the company (tenant) and the audit fields are in every event
from the first one.
"""

from __future__ import annotations

from typing import Any, Self
from uuid import UUID

from eventsourcing.domain import Aggregate, CanInitAggregate, CanMutateAggregate

from cronica.domain.context import current_context


class CronicaAggregate(Aggregate):
    """An aggregate owned by one company; its events record who did what in which request."""

    company_id: UUID

    class Event(Aggregate.Event):
        company_id: UUID
        actor_id: str
        correlation_id: str

    class Created(Event, Aggregate.Created):
        pass

    @classmethod
    def _create(
        cls,
        event_class: type[CanInitAggregate[UUID]],
        *,
        id: UUID | None = None,
        **kwargs: Any,
    ) -> Self:
        context = current_context()
        kwargs.update(actor_id=context.actor_id, correlation_id=context.correlation_id)
        return super()._create(event_class, id=id, **kwargs)

    def trigger_event(self, event_class: type[CanMutateAggregate[UUID]], **kwargs: Any) -> None:
        context = current_context()
        kwargs.update(
            company_id=self.company_id,
            actor_id=context.actor_id,
            correlation_id=context.correlation_id,
        )
        super().trigger_event(event_class, **kwargs)
