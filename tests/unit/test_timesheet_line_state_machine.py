"""Random corrections and withdrawals of one timesheet line, checked after every step against a
simple model: its times, its description, whether it is withdrawn, and how many events the
accepted commands triggered. A refused command raises exactly the DomainError the rules name and
triggers no event; an accepted correction triggers one event per thing it changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from eventsourcing.domain import Aggregate
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import DomainError, IllegalTransitionError, InvalidTimeRangeError
from cronica.domain.timesheet_line import TimesheetEntry, TimesheetEntryStatus
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.new_records.timesheet_line import NINE, new_line

# Few times and descriptions, so that corrections often change nothing or cross the times.
HOURS = st.none() | st.integers(-2, 3).map(lambda hours: NINE + timedelta(hours=hours))
DESCRIPTIONS = st.none() | st.sampled_from(["Stocktaking of spare parts", "Inventory"])


@dataclass
class Model:
    """What the line should look like, from the rules alone (as `new_line` adds it)."""

    started_at: datetime = NINE
    ended_at: datetime = NINE + timedelta(hours=2)
    description: str = "Stocktaking of spare parts"
    withdrawn: bool = False


class TimesheetLineMachine(AggregateMachine[TimesheetEntry]):
    @initialize()
    def add(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.begin(new_line())

    @rule(started_at=HOURS, ended_at=HOURS, description=DESCRIPTIONS)
    def correct(
        self, started_at: datetime | None, ended_at: datetime | None, description: str | None
    ) -> None:
        model = self.model
        start, end = started_at or model.started_at, ended_at or model.ended_at
        text = model.description if description is None else description
        expected: list[type[Aggregate.Event]] = []
        if (start, end) != (model.started_at, model.ended_at):
            expected.append(TimesheetEntry.TimesCorrected)
        if text != model.description:
            expected.append(TimesheetEntry.DescriptionCorrected)
        refusal: type[DomainError] | None = None
        if model.withdrawn or (end > start and not expected):
            refusal = IllegalTransitionError
        elif end <= start:
            refusal = InvalidTimeRangeError
        if self.attempt(
            lambda line: line.correct(
                started_at=started_at, ended_at=ended_at, description=description
            ),
            refusal,
            *expected,
        ):
            model.started_at, model.ended_at, model.description = start, end, text

    @rule(reason=st.sampled_from(["Entered twice", "Wrong day"]))
    def withdraw(self, reason: str) -> None:
        refusal = illegal_if(self.model.withdrawn)
        if self.attempt(lambda line: line.withdraw(reason), refusal, TimesheetEntry.Withdrawn):
            self.model.withdrawn = True

    @invariant()
    def the_line_matches_the_model(self) -> None:
        line, model = self.aggregate, self.model
        self.assert_it_matches(model, "started_at", "ended_at", "description")
        withdrawn = TimesheetEntryStatus.WITHDRAWN
        assert (line.status is withdrawn) == model.withdrawn


TestTimesheetLineStateMachine = machine_test(TimesheetLineMachine, steps=30)
