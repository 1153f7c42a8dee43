"""A user's sending ledger: the outside addresses of his e-mails of the last hour, and how long a
new one must wait to fit his allowance; one e-mail never names more than its own limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.email_ledger import (
    SendingAllowance,
    SendingLedger,
    ledger_id_for,
    recipients_of,
)
from cronica.domain.errors import TooManyRecipientsError
from tests.fixtures.domain_records import ACME, replayed

NOON = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
ALLOWANCE = SendingAllowance(per_email=5, per_window=10)


def ledger_with(*charges: tuple[int, int]) -> SendingLedger:
    """A ledger charged `count` addresses `minutes` after noon, for each (minutes, count)."""
    ledger = SendingLedger(company_id=ACME, user_id=uuid4())
    for minutes, count in charges:
        ledger.charge(uuid4(), count, NOON + timedelta(minutes=minutes))
    return ledger


def test_addresses_within_the_allowance_need_no_wait(acting: CommandContext) -> None:
    ledger = ledger_with((0, 5), (10, 3))

    assert ledger.wait_before(2, NOON + timedelta(minutes=20), ALLOWANCE) == timedelta(0)


def test_past_the_allowance_an_email_waits_until_enough_old_ones_leave_the_hour(
    acting: CommandContext,
) -> None:
    ledger = ledger_with((0, 4), (10, 3), (20, 3))
    at = NOON + timedelta(minutes=30)

    assert ledger.wait_before(1, at, ALLOWANCE) == timedelta(minutes=30)  # the first leaves
    assert ledger.wait_before(5, at, ALLOWANCE) == timedelta(minutes=40)  # so must the second
    assert ledger.wait_before(1, NOON + timedelta(minutes=60), ALLOWANCE) == timedelta(0)


def test_an_email_over_its_own_limit_is_refused_whatever_the_hour(acting: CommandContext) -> None:
    with pytest.raises(TooManyRecipientsError) as refused:
        ledger_with().wait_before(6, NOON, ALLOWANCE)

    assert refused.value.field == "to"


def test_a_replayed_ledger_counts_the_same_and_forgets_what_left_the_hour(
    acting: CommandContext,
) -> None:
    ledger = ledger_with((0, 4), (50, 3), (70, 2))

    again = replayed(SendingLedger, ledger.collect_events())

    assert [attempt["recipients"] for attempt in again.recent] == [3, 2]  # the first left the hour
    assert again.wait_before(5, NOON + timedelta(minutes=71), ALLOWANCE) == timedelta(0)
    tighter = SendingAllowance(per_email=5, per_window=8)
    assert again.wait_before(5, NOON + timedelta(minutes=71), tighter) == timedelta(minutes=39)


def test_each_user_of_each_company_has_one_ledger_and_addresses_count_once() -> None:
    user = uuid4()

    assert ledger_id_for(ACME, user) == ledger_id_for(ACME, user) != ledger_id_for(ACME, uuid4())
    assert recipients_of(["Pedro@Talleres.es", "pedro@talleres.es", "taller@talleres.es"]) == 2
    with pytest.raises(ValueError):
        SendingAllowance(per_email=11, per_window=10)
