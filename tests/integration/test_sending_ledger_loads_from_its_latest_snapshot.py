"""A user's sending ledger gains an event with every e-mail he queues: it is snapshotted, so that
queuing one does not replay all he ever sent, and the snapshot holds the same recent attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from cronica.commands.application import CronicaApplication
from cronica.domain.company import company_id_for
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.email_ledger import SendingAllowance, SendingLedger, ledger_id_for

ACME = company_id_for("acme")
SYSTEM = CommandContext("system:test", "test:ledger")


def test_a_ledger_is_snapshotted_and_loads_the_same_recent_attempts(
    application: CronicaApplication,
) -> None:
    user_id, start = uuid4(), datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
    with acting_as(SYSTEM):
        ledger = SendingLedger(company_id=ACME, user_id=user_id)
        for minute in range(250):
            ledger.charge(uuid4(), 1, start + timedelta(minutes=minute))
    application.save(ledger)

    assert application.snapshots is not None
    snapshots = application.snapshots.get(ledger_id_for(ACME, user_id), desc=True)
    assert [s.originator_version for s in snapshots] == [200, 100]
    loaded = application.repository.get(ledger_id_for(ACME, user_id))
    assert isinstance(loaded, SendingLedger)
    assert loaded.recent == ledger.recent and len(loaded.recent) == 60
    # Half a minute after the last one, the hour holds 60: the next waits for the oldest to go.
    now = start + timedelta(minutes=249, seconds=30)
    allowance = SendingAllowance(per_email=1, per_window=60)
    assert loaded.wait_before(1, now, allowance) == timedelta(seconds=30)
