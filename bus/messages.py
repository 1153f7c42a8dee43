"""Reading the next events of the notification log as the NATS messages that carry them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from cronica.bus.cloudevents import CONTENT_TYPE, cloud_event, encode
from cronica.bus.message_kinds import message_kinds
from cronica.bus.subjects import subject_for, subject_token
from cronica.domain.base import CronicaAggregate

TenantOf = Callable[[UUID], str]
"""The slug of a company (tenant), given its id."""

ReadAfter = Callable[[int], Sequence[tuple[int, Any]]]
"""The stored events after a position, with their positions (`NotificationLog.after`)."""


@dataclass(frozen=True)
class OutgoingMessage:
    """One message as it is published: subject, CloudEvents JSON and the id JetStream dedupes
    on, and the position of the event it carries."""

    position: int
    subject: str
    msg_id: str
    payload: bytes

    def headers(self) -> dict[str, str]:
        return {"Nats-Msg-Id": self.msg_id, "Content-Type": CONTENT_TYPE}


@dataclass(frozen=True)
class Batch:
    """The messages of a batch of events, in log order, and the position of the last event read
    (internal events are read and skipped: they have no message)."""

    messages: list[OutgoingMessage]
    events: int
    last_position: int

    def acked_through(self, acked: int, start: int) -> int:
        """The position the relay may store once the first `acked` messages are acked: just
        before the first unacked message's event (every event before it was either acked whole
        or internal), or the last event read when all are."""
        if acked == len(self.messages):
            return self.last_position
        return max(start, self.messages[acked].position - 1)


@dataclass(frozen=True)
class EventLog:
    """The event store's notification log, read as messages for one subject prefix; each names
    its data schema under `public_base_url`."""

    read_after: ReadAfter
    tenant_of: TenantOf
    prefix: str
    public_base_url: str

    def batch_after(self, position: int) -> Batch:
        """The messages of the next batch of events after `position`."""
        messages = []
        events = self.read_after(position)
        for notification_id, event in events:
            assert isinstance(event, CronicaAggregate.Event)
            messages += self.messages_of(notification_id, event)
        return Batch(messages, len(events), events[-1][0] if events else position)

    def messages_of(self, position: int, event: CronicaAggregate.Event) -> list[OutgoingMessage]:
        """The messages one event read at `position` is published as (none if internal)."""
        kinds = message_kinds(type(event))
        if not kinds:
            return []
        # Records of no company (sign-in gates) are internal: every published one has a tenant.
        tenant = subject_token(self.tenant_of(event.company_id))
        return [
            OutgoingMessage(
                position=position,
                subject=subject_for(self.prefix, tenant, kind.channel),
                msg_id=kind.message_id(event),
                payload=encode(
                    cloud_event(
                        event,
                        kind,
                        position=position,
                        tenant=tenant,
                        public_base_url=self.public_base_url,
                    )
                ),
            )
            for kind in kinds
        ]
