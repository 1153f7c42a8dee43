"""Reading the next events of the notification log as the NATS messages that carry them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, Mapper

from cronica.bus.cloudevents import CONTENT_TYPE, cloud_event, encode, event_id
from cronica.bus.subjects import subject_for, subject_token
from cronica.domain.base import CronicaAggregate

TenantOf = Callable[[UUID], str]
"""The slug of a company (tenant), given its id."""


@dataclass(frozen=True)
class OutgoingMessage:
    """One event as it is published: subject, CloudEvents JSON and the id JetStream dedupes on."""

    position: int
    subject: str
    msg_id: str
    payload: bytes

    def headers(self) -> dict[str, str]:
        return {"Nats-Msg-Id": self.msg_id, "Content-Type": CONTENT_TYPE}


@dataclass(frozen=True)
class EventLog:
    """The event store's notification log, read as messages for one subject prefix."""

    recorder: ApplicationRecorder
    mapper: Mapper[Any]
    tenant_of: TenantOf
    prefix: str

    def messages_after(self, position: int, limit: int) -> list[OutgoingMessage]:
        """The messages of the next `limit` events after `position`, in log order.

        Notification ids have gaps (a failed insert consumes one): the next events are those
        "greater than position", never "position + 1".
        """
        notifications = self.recorder.select_notifications(
            start=position, limit=limit, inclusive_of_start=False
        )
        messages = []
        for notification in notifications:
            event = self.mapper.to_domain_event(notification)
            assert isinstance(event, CronicaAggregate.Event)
            tenant = subject_token(self.tenant_of(event.company_id))
            envelope = cloud_event(event, position=notification.id, tenant=tenant)
            messages.append(
                OutgoingMessage(
                    position=notification.id,
                    subject=subject_for(self.prefix, tenant, event),
                    msg_id=event_id(event),
                    payload=encode(envelope),
                )
            )
        return messages
