"""The values a repair order is made of: its statuses, what was handed in, the planned slot,
materials used, the delivery and the customer's verification."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import TypedDict
from uuid import UUID

from cronica.domain.errors import (
    InvalidQuantityError,
    InvalidRatingError,
)
from cronica.domain.event_values import DateTimeText, UuidText
from cronica.domain.moments import require_aware, require_time_range

LOWEST_RATING, HIGHEST_RATING = 1, 5
LOWEST_SATISFIED_RATING = 3
"""A rating below this one means the customer is not satisfied: the order is reopened."""


class RepairOrderStatus(StrEnum):
    RECEIVED = "received"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    DELIVERED = "delivered"
    VERIFIED = "verified"
    CLOSED = "closed"


@dataclass(frozen=True)
class Warranty:
    """Whether the repair is covered by a warranty, and the warranty's reference when known."""

    in_warranty: bool
    reference: str | None = None


class ReceptionData(TypedDict):
    """A reception as the events hold it (the warranty flattened into two fields)."""

    received_by: UuidText
    received_at: DateTimeText
    fault_description: str
    accessories: list[str]
    in_warranty: bool
    warranty_reference: str | None


@dataclass(frozen=True)
class Reception:
    """The article's arrival: who took it in and when, the fault as the customer tells it, the
    accessories handed in with it, and whether its warranty covers the repair."""

    received_by: UUID
    received_at: datetime
    fault_description: str
    accessories: tuple[str, ...]
    warranty: Warranty

    def __post_init__(self) -> None:
        require_aware(self.received_at, "the time of receiving")

    def to_event_data(self) -> ReceptionData:
        return {
            "received_by": str(self.received_by),
            "received_at": self.received_at.isoformat(),
            "fault_description": self.fault_description,
            "accessories": list(self.accessories),
            "in_warranty": self.warranty.in_warranty,
            "warranty_reference": self.warranty.reference,
        }

    @classmethod
    def from_event_data(cls, data: ReceptionData) -> Reception:
        return cls(
            received_by=UUID(data["received_by"]),
            received_at=datetime.fromisoformat(data["received_at"]),
            fault_description=data["fault_description"],
            accessories=tuple(data["accessories"]),
            warranty=Warranty(data["in_warranty"], data["warranty_reference"]),
        )


@dataclass(frozen=True)
class ScheduledSlot:
    """The technician the order is assigned to and when, in his planning, he will work on it."""

    technician_id: UUID
    starts_at: datetime
    ends_at: datetime

    def __post_init__(self) -> None:
        require_time_range(self.starts_at, self.ends_at, "a scheduled slot", "ends_at")


@dataclass(frozen=True)
class WorkDone:
    """Labour of a technician on the order; the last work may mark the service as finished."""

    technician_id: UUID
    work_done: str
    started_at: datetime
    ended_at: datetime
    finishes_service: bool = False

    def __post_init__(self) -> None:
        require_time_range(self.started_at, self.ended_at, "work")


@dataclass(frozen=True)
class MaterialUse:
    """A quantity of an article (a spare part, a consumable) used in the repair."""

    reference: str
    description: str
    quantity: Decimal

    def __post_init__(self) -> None:
        if not self.quantity.is_finite() or self.quantity <= 0:
            raise InvalidQuantityError(f"the quantity used must be above zero, not {self.quantity}")

    def to_event_data(self) -> dict[str, str]:
        """The quantity as text: JSON and the bus carry a Decimal exactly that way."""
        return {**asdict(self), "quantity": str(self.quantity)}

    @classmethod
    def from_event_data(cls, reference: str, description: str, quantity: str) -> MaterialUse:
        return cls(reference, description, Decimal(quantity))


@dataclass(frozen=True)
class Delivery:
    """When the repaired article was handed back to the customer, and by which technician."""

    delivered_at: datetime
    technician_id: UUID

    def __post_init__(self) -> None:
        require_aware(self.delivered_at, "the time of delivery")


@dataclass(frozen=True)
class Verification:
    """What the customer said of the service, and his rating from 1 (worst) to 5 (best)."""

    comments: str
    rating: int

    def __post_init__(self) -> None:
        # bool is an int in Python; True is no rating.
        if (
            isinstance(self.rating, bool)
            or not isinstance(self.rating, int)
            or not LOWEST_RATING <= self.rating <= HIGHEST_RATING
        ):
            raise InvalidRatingError(
                f"a rating is a whole number from {LOWEST_RATING} to {HIGHEST_RATING},"
                f" not {self.rating!r}"
            )

    @property
    def customer_satisfied(self) -> bool:
        return self.rating >= LOWEST_SATISFIED_RATING
