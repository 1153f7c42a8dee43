"""The values a notice (aviso) is made of: who called, the actions noted, how it was resolved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from cronica.domain.errors import (
    InvalidCallerError,
    InvalidImportanceError,
    InvalidTimeRangeError,
)
from cronica.domain.moments import require_aware

LOWEST_IMPORTANCE, HIGHEST_IMPORTANCE = 1, 5


class NoticeStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class CallerKind(StrEnum):
    """Who the message comes from: a customer, a supplier, or anybody else."""

    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    OTHER = "other"


@dataclass(frozen=True)
class Caller:
    """Who left the message; `customer_id` names the customer's record when a customer called."""

    kind: CallerKind
    customer_id: UUID | None = None
    name: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class NoticeAction:
    """Something done to resolve the notice: what, by whom (an actor id) and when."""

    description: str
    noted_by: str
    done_at: datetime


@dataclass(frozen=True)
class Resolution:
    """How the notice was resolved: when, by which user of which department and work centre."""

    resolved_at: datetime
    resolver_id: UUID
    department: str
    work_centre: str
    code: str
    solution: str


def require_consistent(caller: Caller) -> None:
    """Refuses a customer record named for a caller who is not a customer."""
    if caller.customer_id is not None and caller.kind != CallerKind.CUSTOMER:
        raise InvalidCallerError(f"a {caller.kind} caller has no customer record")


def require_importance(importance: int) -> None:
    """Refuses an importance rating off the scale."""
    if not LOWEST_IMPORTANCE <= importance <= HIGHEST_IMPORTANCE:
        raise InvalidImportanceError(
            f"importance is rated {LOWEST_IMPORTANCE} to {HIGHEST_IMPORTANCE}, not {importance}"
        )


def require_after(taken_at: datetime, moment: datetime, what: str, field: str) -> None:
    """Refuses a time (the command's `field`) without its zone, or one before the notice was
    taken."""
    require_aware(moment, f"the time of {what}")
    if moment < taken_at:
        raise InvalidTimeRangeError(
            f"{what} cannot precede the notice, taken at {taken_at}", field=field
        )
