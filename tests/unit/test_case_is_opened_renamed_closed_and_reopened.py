"""The case's rules (DOMAIN.md, Project, Case): opened for a customer, renamed, closed with its
outcome, reopened; tasks are planned only in an open case, and only in the customer's own."""

from __future__ import annotations

from uuid import uuid4

import pytest

from cronica.domain.case import Case, CaseStatus
from cronica.domain.context import CommandContext
from cronica.domain.errors import CustomerMismatchError, IllegalTransitionError
from cronica.domain.task_values import require_same_customer
from tests.fixtures.domain_records import (
    assert_its_events_survive_the_stores_transcoding,
    assert_stamped_by,
    replayed,
)
from tests.fixtures.new_records.case import new_case


def test_a_case_is_opened_for_a_customer_and_numbered(acting: CommandContext) -> None:
    customer = uuid4()

    case = new_case(customer)

    (opened,) = case.collect_events()
    assert isinstance(opened, Case.Opened)
    assert (opened.number, opened.customer_id, opened.subject) == (
        "CS-000001",
        customer,
        "Warehouse fit-out",
    )
    assert (case.status, case.outcome, case.version) == (CaseStatus.OPEN, None, 1)
    assert vars(replayed(Case, [opened])) | {"_pending_events": []} == vars(case)


def test_a_case_is_renamed_in_any_status_but_only_to_another_subject(
    acting: CommandContext,
) -> None:
    case = new_case()
    case.rename("Warehouse and shop fit-out")
    case.close("Installed and paid")
    case.rename("Warehouse and shop fit-out (2025)")
    with pytest.raises(IllegalTransitionError):
        case.rename("Warehouse and shop fit-out (2025)")

    renamed = [e for e in case.collect_events() if isinstance(e, Case.Renamed)]
    assert [e.subject for e in renamed] == [
        "Warehouse and shop fit-out",
        "Warehouse and shop fit-out (2025)",
    ]
    assert case.subject == "Warehouse and shop fit-out (2025)"


def test_a_case_is_closed_with_its_outcome_and_reopened(acting: CommandContext) -> None:
    case = new_case()
    with pytest.raises(IllegalTransitionError):
        case.reopen("Not closed yet")

    case.close("Installed and paid")
    assert (case.status, case.outcome) == (CaseStatus.CLOSED, "Installed and paid")
    with pytest.raises(IllegalTransitionError):
        case.close("Twice")

    case.reopen("The scanners fail")
    assert (case.status, case.outcome) == (CaseStatus.OPEN, None)
    assert [type(e) for e in case.collect_events()] == [Case.Opened, Case.Closed, Case.Reopened]


def test_tasks_are_planned_only_in_an_open_case(acting: CommandContext) -> None:
    case = new_case()
    case.require_plannable()

    case.close("Installed and paid")

    with pytest.raises(IllegalTransitionError, match="plan a task in a case that is closed"):
        case.require_plannable()


def test_a_task_relates_only_to_its_customers_case(acting: CommandContext) -> None:
    customer = uuid4()
    case = new_case(customer)

    require_same_customer(customer, "case CS-000001", case.customer_id)
    with pytest.raises(CustomerMismatchError, match="case CS-000001"):
        require_same_customer(uuid4(), "case CS-000001", case.customer_id)


def test_every_event_survives_the_stores_transcoding(acting: CommandContext) -> None:
    case = new_case()
    case.rename("Shop fit-out")
    case.close("Done")
    case.reopen("Missing a scanner")

    events = assert_its_events_survive_the_stores_transcoding(case)

    assert_stamped_by(events, acting)
