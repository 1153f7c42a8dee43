"""Random command sequences on one case, checked after every step against a simple model.

The model knows only what the rules say: the status (tasks are planned in an open case only),
the subject, the outcome, and how many events the accepted commands triggered. A refused command
must raise IllegalTransitionError and trigger no event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from eventsourcing.domain import Aggregate
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from cronica.domain.case import Case, CaseStatus
from cronica.domain.context import acting_as
from cronica.domain.errors import DomainError, IllegalTransitionError
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import replayed
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
    triggered: int = 0  # events after Opened


class CaseMachine(RuleBasedStateMachine):
    @initialize()
    def open(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.case = new_case()
        self.events: list[Aggregate.Event] = self.case.collect_events()

    def attempt(
        self, command: Callable[[Case], None], refused: bool, event: type[Aggregate.Event]
    ) -> bool:
        """Runs the command; True when it was accepted with exactly one event of that type."""
        with acting_as(TEST_CONTEXT):
            if not refused:
                command(self.case)
            else:
                with pytest.raises(DomainError) as refusal:
                    command(self.case)
                assert type(refusal.value) is IllegalTransitionError
        new = self.case.collect_events()
        assert [type(e) for e in new] == ([] if refused else [event])
        self.events += new
        self.model.triggered += len(new)
        return not refused

    @rule(subject=SUBJECTS)
    def rename(self, subject: str) -> None:
        refused = subject == self.model.subject
        if self.attempt(lambda c: c.rename(subject), refused, Case.Renamed):
            self.model.subject = subject

    @rule(outcome=st.sampled_from(["Installed", "The customer gave up"]))
    def close(self, outcome: str) -> None:
        refused = self.model.status is CLOSED
        if self.attempt(lambda c: c.close(outcome), refused, Case.Closed):
            self.model.status, self.model.outcome = CLOSED, outcome

    @rule()
    def reopen(self) -> None:
        refused = self.model.status is OPEN
        if self.attempt(lambda c: c.reopen("Not over"), refused, Case.Reopened):
            self.model.status, self.model.outcome = OPEN, None

    @invariant()
    def the_case_matches_the_model(self) -> None:
        case, model = self.case, self.model
        assert (case.status, case.subject, case.outcome) == (
            model.status,
            model.subject,
            model.outcome,
        )
        assert case.version == 1 + model.triggered
        if model.status is OPEN:
            case.require_plannable()
        else:
            with pytest.raises(IllegalTransitionError):
                case.require_plannable()

    @invariant()
    def the_events_alone_rebuild_the_case(self) -> None:
        assert [e.originator_version for e in self.events] == list(range(1, len(self.events) + 1))
        again = replayed(Case, self.events)
        assert vars(again) | {"_pending_events": []} == vars(self.case)


CaseMachine.TestCase.settings = settings(max_examples=100, stateful_step_count=25, deadline=None)
TestCaseStateMachine = CaseMachine.TestCase
