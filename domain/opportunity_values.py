"""The values an opportunity is made of: its statuses, its commercial actions, its expected amount
and the next-contact date it waits for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, TypedDict
from uuid import UUID

from cronica.domain.errors import DateInThePastError, InvalidAmountError
from cronica.domain.event_values import DateText, ValuesOf
from cronica.domain.priority import Priority

CENTS_PER_UNIT = 100


class OpportunityStatus(StrEnum):
    """The follow-up states of DOMAIN.md: new, waiting, working, then won or lost."""

    NEW = "new"
    WAITING = "waiting"
    WORKING = "working"
    WON = "won"
    LOST = "lost"

    @property
    def is_closed(self) -> bool:
        return self in (OpportunityStatus.WON, OpportunityStatus.LOST)


class ActionKind(StrEnum):
    """What kind of commercial action was taken on an opportunity."""

    DOCUMENTATION = "documentation"
    VISIT = "visit"
    CALL = "call"
    EMAIL = "email"
    OTHER = "other"


@dataclass(frozen=True)
class CommercialAction:
    """A commercial action recorded on an opportunity (documentation sent, a visit, a call...)."""

    action_id: UUID
    kind: ActionKind
    description: str
    done: bool


class OpportunityDetailsData(TypedDict):
    """An opportunity's details as the events hold them."""

    opportunity_type: str
    subject: str
    notes: str
    source: str | None
    priority: Annotated[str, ValuesOf(Priority)]
    expected_amount_cents: int | None
    expected_on: DateText | None


@dataclass(frozen=True)
class OpportunityDetails:
    """What the opportunity is about, as given when it is opened.

    `source` is how the customer heard about us. In the events the expected amount is an int of
    whole cents (`expected_amount_cents`, in the company's currency) and the expected date an ISO
    string.
    """

    opportunity_type: str
    subject: str
    notes: str = ""
    source: str | None = None
    priority: Priority = Priority.NORMAL
    expected_amount: Decimal | None = None
    expected_on: date | None = None

    def __post_init__(self) -> None:
        if self.expected_amount is not None:
            cents_from_amount(self.expected_amount)

    def to_event_data(self) -> OpportunityDetailsData:
        amount, expected_on = self.expected_amount, self.expected_on
        return {
            "opportunity_type": self.opportunity_type,
            "subject": self.subject,
            "notes": self.notes,
            "source": self.source,
            "priority": Priority(self.priority).value,
            "expected_amount_cents": None if amount is None else cents_from_amount(amount),
            "expected_on": expected_on.isoformat() if expected_on else None,
        }

    @classmethod
    def from_event_data(cls, data: OpportunityDetailsData) -> OpportunityDetails:
        cents, expected_on = data["expected_amount_cents"], data["expected_on"]
        return cls(
            opportunity_type=data["opportunity_type"],
            subject=data["subject"],
            notes=data["notes"],
            source=data["source"],
            priority=Priority(data["priority"]),
            expected_amount=None if cents is None else amount_from_cents(cents),
            expected_on=date.fromisoformat(expected_on) if expected_on else None,
        )


@dataclass(frozen=True)
class Loss:
    """Why an opportunity was lost, and what we could do better next time."""

    reason: str
    what_to_improve: str | None


def cents_from_amount(amount: Decimal) -> int:
    """The amount in whole cents, for events; refuses what is not a finite amount of at least
    zero with at most two decimals (rounding money silently would change what the user said)."""
    if not amount.is_finite() or amount < 0:
        raise InvalidAmountError(f"an amount must be zero or more, not {amount}")
    cents = amount * CENTS_PER_UNIT
    if cents != cents.to_integral_value():
        raise InvalidAmountError(f"an amount has at most two decimals, not {amount}")
    return int(cents)


def amount_from_cents(cents: int) -> Decimal:
    """The amount with two decimals, e.g. 125050 cents is Decimal('1250.50')."""
    return Decimal(cents).scaleb(-2)


def require_not_before(day: date, today: date, what: str) -> None:
    """Refuses a day before today: one cannot plan to do something in the past."""
    if day < today:
        raise DateInThePastError(f"{what} must be today ({today}) or later, not {day}")
