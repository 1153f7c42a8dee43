"""An opportunity's events hold only plain JSON values: its expected amount travels as whole
cents, dates as ISO strings, and every event comes back from the store's transcoding unchanged."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID, uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import InvalidAmountError
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import ActionKind, OpportunityDetails, OpportunityStatus
from cronica.domain.priority import Priority
from tests.fixtures.domain_records import (
    ACME,
    assert_its_events_survive_the_stores_transcoding,
    replayed,
)

TODAY = date(2025, 3, 10)
DETAILS = OpportunityDetails(
    opportunity_type="new installation",
    subject="Label printers for the new warehouse",
    notes="Wants twelve printers before the summer.",
    source="trade fair",
    priority=Priority.HIGH,
    expected_amount=Decimal("1250.5"),
    expected_on=date(2025, 6, 1),
)


def opened(agent_id: UUID | None) -> Opportunity:
    """An opportunity of ACME with every detail filled in, opened as OPP-000001."""
    return Opportunity.open(
        company_id=ACME,
        number="OPP-000001",
        customer_id=uuid4(),
        contact_id=uuid4(),
        details=DETAILS,
        agent_id=agent_id,
    )


def test_an_opportunity_opens_new_with_its_details_in_plain_json_values(
    acting: CommandContext,
) -> None:
    opportunity = opened(agent_id=None)

    (created,) = opportunity.collect_events()
    assert isinstance(created, Opportunity.Created)
    assert created.details["expected_amount_cents"] == 125050
    assert (created.details["expected_on"], created.details["priority"]) == ("2025-06-01", "high")
    assert (opportunity.status, opportunity.agent_id, opportunity.version) == (
        OpportunityStatus.NEW,
        None,
        1,
    )
    assert opportunity.details == DETAILS
    assert opportunity.details.expected_amount == Decimal("1250.50")
    assert replayed(Opportunity, [created]).details == DETAILS


@pytest.mark.parametrize("amount", ["-0.01", "10.005", "NaN", "Infinity"])
def test_an_expected_amount_is_zero_or_more_with_at_most_two_decimals(amount: str) -> None:
    with pytest.raises(InvalidAmountError):
        OpportunityDetails("renewal", "Support contract", expected_amount=Decimal(amount))


@pytest.mark.parametrize(
    ("amount", "cents"), [("0", 0), ("0.01", 1), ("99.9", 9990), ("1E+3", 100000)]
)
def test_an_expected_amount_travels_as_whole_cents(amount: str, cents: int) -> None:
    details = OpportunityDetails("renewal", "Support contract", expected_amount=Decimal(amount))

    data = details.to_event_data()

    assert data["expected_amount_cents"] == cents
    assert OpportunityDetails.from_event_data(data).expected_amount == Decimal(amount)


def test_every_event_survives_the_stores_transcoding(acting: CommandContext) -> None:
    opportunity = opened(agent_id=uuid4())
    action = opportunity.record_action(ActionKind.VISIT.value, "Visited the warehouse", False)
    opportunity.mark_action_done(action)
    opportunity.follow_up_waiting("Waiting for their budget", TODAY + timedelta(days=7), TODAY)
    opportunity.lose("Chose a cheaper printer", "Offer a leasing plan")
    opportunity.reopen("They came back")
    opportunity.win("F-2025/042")

    assert_its_events_survive_the_stores_transcoding(opportunity)
