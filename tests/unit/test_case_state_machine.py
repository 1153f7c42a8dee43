"""Random command sequences on one case, checked after every step against a simple model.

The model knows only what the rules say: the status (tasks are planned in an open case only),
the subject, the outcome, and how many events the accepted commands triggered. A refused command
must raise IllegalTransitionError and trigger no event.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.case import Case, CaseStatus
from cronica.domain.context import acting_as
from cronica.domain.errors import IllegalTransitionError
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.new_records.case import new_case

OPEN, CLOSED = CaseStatus.OPEN, CaseStatus.CLOSED
# Few subjects, so that sequences often rename a case to the subject it has.
SUBJECTS = st.sampled_from(["Warehouse fit-out", "Shop fit-out", "Renewal 2026"])


@dataclass
class Model:
    """What the case should look like, from the rules alone."""

    status: CaseStatus = OPEN
    subject: str = "Warehouse fit-out"  # what `new_case` opens
    outcome: str | None = None


class CaseMachine(AggregateMachine[Case]):
    @initialize()
    def open(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.begin(new_case())

    @rule(subject=SUBJECTS)
    def rename(self, subject: str) -> None:
        refusal = illegal_if(subject == self.model.subject)
        if self.attempt(lambda c: c.rename(subject), refusal, Case.Renamed):
            self.model.subject = subject

    @rule(outcome=st.sampled_from(["Installed", "The customer gave up"]))
    def close(self, outcome: str) -> None:
        refusal = illegal_if(self.model.status is CLOSED)
        if self.attempt(lambda c: c.close(outcome), refusal, Case.Closed):
            self.model.status, self.model.outcome = CLOSED, outcome

    @rule()
    def reopen(self) -> None:
        refusal = illegal_if(self.model.status is OPEN)
        if self.attempt(lambda c: c.reopen("Not over"), refusal, Case.Reopened):
            self.model.status, self.model.outcome = OPEN, None

    @invariant()
    def the_case_matches_the_model(self) -> None:
        case, model = self.aggregate, self.model
        self.assert_it_matches(model, "status", "subject", "outcome")
        if model.status is OPEN:
            case.require_plannable()
        else:
            with pytest.raises(IllegalTransitionError):
                case.require_plannable()


TestCaseStateMachine = machine_test(CaseMachine, steps=25)
