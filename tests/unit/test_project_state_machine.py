"""Random command sequences on one project, checked after every step against a simple model.

The model knows only what the rules say: the status (orders are received into an open project
only), the name and description, the dates, the responsible user, the closing note, and how many
events the accepted commands triggered. Dates that end before they start are refused when they are
built, before the project sees them; a command that does not apply is refused by the project.
Either way exactly the DomainError the rules name is raised, and no event is triggered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import DomainError, IllegalTransitionError, InvalidDateRangeError
from cronica.domain.project import Project, ProjectDates, ProjectStatus
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.new_records.project import (
    MARCH,
    RESPONSIBLE,
    new_project,
)

OPEN = ProjectStatus.OPEN
# Few values of each, so that sequences often ask for what the project already has.
NAMES = st.sampled_from([None, "Warehouse fit-out", "Shop fit-out"])
DESCRIPTIONS = st.sampled_from(
    [None, "Label printers and scanners for the new warehouse.", "Tills"]
)
USERS = st.sampled_from([RESPONSIBLE, UUID(int=1), UUID(int=2)])


@dataclass
class Model:
    """What the project should look like, from the rules alone (as `new_project` opens it)."""

    status: ProjectStatus = OPEN
    name: str = "Warehouse fit-out"
    description: str = "Label printers and scanners for the new warehouse."
    dates: ProjectDates = MARCH
    responsible_id: UUID = RESPONSIBLE
    closing_note: str | None = None


class ProjectMachine(AggregateMachine[Project]):
    @initialize()
    def open(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.begin(new_project())

    def unless_open(self) -> type[DomainError] | None:
        return illegal_if(self.model.status is not OPEN)

    @rule(name=NAMES, description=DESCRIPTIONS)
    def rename(self, name: str | None, description: str | None) -> None:
        renamed = name is not None and name != self.model.name
        redescribed = description is not None and description != self.model.description
        events = [Project.Renamed] * renamed + [Project.Redescribed] * redescribed
        refusal = illegal_if(not events)
        if self.attempt(lambda p: p.rename(name, description), refusal, *events):
            self.model.name = name or self.model.name
            self.model.description = description or self.model.description

    @rule(start=st.integers(0, 2), length=st.integers(-1, 1))
    def reschedule(self, start: int, length: int) -> None:
        starts_on = MARCH.starts_on + timedelta(days=start)
        target_on = starts_on + timedelta(days=28 * length)
        if target_on < starts_on:
            with pytest.raises(InvalidDateRangeError):
                ProjectDates(starts_on, target_on)
            return
        dates = ProjectDates(starts_on, target_on)
        refusal = self.unless_open()
        if refusal is None and dates == self.model.dates:
            refusal = IllegalTransitionError
        if self.attempt(lambda p: p.reschedule(dates), refusal, Project.Rescheduled):
            self.model.dates = dates

    @rule(user=USERS)
    def reassign(self, user: UUID) -> None:
        refusal = self.unless_open()
        if refusal is None and user == self.model.responsible_id:
            refusal = IllegalTransitionError
        if self.attempt(lambda p: p.reassign(user), refusal, Project.ResponsibleReassigned):
            self.model.responsible_id = user

    @rule(outcome=st.sampled_from(ProjectStatus), note=st.sampled_from([None, "Handed over"]))
    def close(self, outcome: ProjectStatus, note: str | None) -> None:
        refusal = illegal_if(self.model.status is not OPEN or outcome is OPEN)
        if self.attempt(lambda p: p.close(outcome, note), refusal, Project.Closed):
            self.model.status, self.model.closing_note = outcome, note

    @rule()
    def reopen(self) -> None:
        refusal = illegal_if(self.model.status is OPEN)
        if self.attempt(lambda p: p.reopen("Not over"), refusal, Project.Reopened):
            self.model.status, self.model.closing_note = OPEN, None

    @invariant()
    def the_project_matches_the_model(self) -> None:
        project, model = self.aggregate, self.model
        fields = ("status", "name", "description", "dates", "responsible_id", "closing_note")
        self.assert_it_matches(model, *fields)
        if model.status is OPEN:
            project.require_open_for("receive an order into")
        else:
            with pytest.raises(IllegalTransitionError):
                project.require_open_for("receive an order into")


TestProjectStateMachine = machine_test(ProjectMachine, steps=25)
