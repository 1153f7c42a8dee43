"""Reading the next events of the notification log as the NATS messages that carry them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from cronica.bus.cloudevents import CONTENT_TYPE, cloud_event, encode, event_id
from cronica.bus.subjects import subject_for, subject_token
from cronica.domain.base import CronicaAggregate
from cronica.domain.sign_in_gate import INSTALLATION_ID

INSTALLATION_TENANT = "_installation"
"""The tenant of records of no company (sign-in gates): no company's slug starts with "_"."""

TenantOf = Callable[[UUID], str]
"""The slug of a company (tenant), given its id."""

ReadAfter = Callable[[int], Sequence[tuple[int, Any]]]
"""The stored events after a position, with their positions (`NotificationLog.after`)."""


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

    read_after: ReadAfter
    tenant_of: TenantOf
    prefix: str

    def messages_after(self, position: int) -> list[OutgoingMessage]:
        """The messages of the next batch of events after `position`, in log order."""
        messages = []
        for notification_id, event in self.read_after(position):
            assert isinstance(event, CronicaAggregate.Event)
            company = event.company_id
            slug = INSTALLATION_TENANT if company == INSTALLATION_ID else self.tenant_of(company)
            tenant = subject_token(slug)
            envelope = cloud_event(event, position=notification_id, tenant=tenant)
            messages.append(
                OutgoingMessage(
                    position=notification_id,
                    subject=subject_for(self.prefix, tenant, event),
                    msg_id=event_id(event),
                    payload=encode(envelope),
                )
            )
        return messages
