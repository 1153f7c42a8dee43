"""Pages of notices (with their people, calling customer and resolver) and of the inbox (with each
sender) cost the same few read-store queries whatever their size: DataLoaders batch the lookups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.reception import Reception
from tests.fixtures.transaction_counter import TransactionCounter

NOTICES = """
query ($first: Int!) {
  notices(first: $first) {
    totalCount
    edges { node {
      number recipient { name } takenBy { name } caller { customer { name } }
      resolution { resolver { name } }
    } }
  }
}
"""

INBOX = """
query ($first: Int!) {
  inbox(first: $first) { totalCount edges { node { subject sender { name } } } }
}
"""

TAKEN_AT = datetime(2025, 3, 10, 9, tzinfo=UTC)


def test_pages_of_fifty_cost_as_few_queries_as_pages_of_five(settings: Settings) -> None:
    with running_app(settings, run_projections=False) as api:
        rosa = api.hire("Rosa Gil", "office")
        staff = [api.hire(f"Agente {n}", "agent") for n in range(4)]
        reception = Reception(api.office)
        customers = [api.office.customer(rosa.who, f"Cliente {n}") for n in range(10)]
        for n in range(50):
            logged = reception.log(
                staff[n % 4].who,
                staff[(n + 1) % 4].who,
                f"Call {n}",
                customer_id=customers[n % 10],
                taken_at=TAKEN_AT,
            )
            if n % 2:
                reception.resolve(staff[n % 3].who, logged.id, TAKEN_AT + timedelta(hours=1))
            reception.send(staff[n % 4].who, [rosa.who], f"Message {n}")
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(query: str, field: str, first: int) -> int:
            before = counter.count
            answer: dict[str, Any] = api.answer(rosa, query, first=first)["data"][field]
            assert len(answer["edges"]) == first and answer["totalCount"] == 50
            return counter.count - before

        # Who the viewer is (their unit tree and grants: one snapshot), the page (rows and count
        # in one snapshot), one batch of users, one of customers.
        assert queries_for(NOTICES, "notices", 5) == queries_for(NOTICES, "notices", 50) == 4
        # The page, and one batch of senders.
        assert queries_for(INBOX, "inbox", 5) == queries_for(INBOX, "inbox", 50) == 3
