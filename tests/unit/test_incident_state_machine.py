"""Random command sequences on one incident, checked after every step against a simple model.

The model knows only what the rules say: the status, the assignee, the minutes worked, the
resolution, and how many events the accepted commands triggered. A refused command must raise
exactly the DomainError the rules name, and must trigger no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import (
    DomainError,
    IllegalTransitionError,
    InvalidTimeRangeError,
    NotATechnicianError,
)
from cronica.domain.incident import Incident, IncidentStatus
from cronica.domain.user import Role
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import new_incident

# Few users, so that sequences often assign the same one twice.
USERS = [UUID(int=n) for n in range(1, 4)]
MONDAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
OPEN, CLOSED = IncidentStatus.OPEN, IncidentStatus.CLOSED


@dataclass
class Model:
    """What the incident should look like, from the rules alone."""

    status: IncidentStatus = OPEN
    assignee: UUID | None = None
    minutes: int = 0
    resolution: str | None = None


class IncidentMachine(AggregateMachine[Incident]):
    def __init__(self) -> None:
        super().__init__()
        self.model = Model()

    @initialize(closed_at_once=st.booleans())
    def open(self, closed_at_once: bool) -> None:
        resolution = "Solved on the phone" if closed_at_once else None
        with acting_as(TEST_CONTEXT):
            self.begin(new_incident(resolution=resolution))
        if closed_at_once:
            self.model = Model(status=CLOSED, resolution=resolution)

    def refusal_when_closed(self) -> type[DomainError] | None:
        return illegal_if(self.model.status is CLOSED)

    @rule(user=st.sampled_from(USERS), role=st.sampled_from(list(Role)))
    def assign(self, user: UUID, role: Role) -> None:
        refusal = self.refusal_when_closed()
        if refusal is None and role is not Role.TECHNICIAN:
            refusal = NotATechnicianError
        if refusal is None and user == self.model.assignee:
            refusal = IllegalTransitionError
        if self.attempt(lambda i: i.assign(user, role.value), refusal, Incident.Assigned):
            self.model.assignee = user

    @rule(start=st.integers(0, 7 * 24 * 60), seconds=st.integers(-3600, 8 * 3600))
    def follow_up(self, start: int, seconds: int) -> None:
        started = MONDAY + timedelta(minutes=start)
        ended = started + timedelta(seconds=seconds)
        refusal = self.refusal_when_closed()
        if refusal is None and seconds <= 0:
            refusal = InvalidTimeRangeError
        if self.attempt(
            lambda i: i.follow_up("Worked", started, ended), refusal, Incident.FollowedUp
        ):
            self.model.minutes += seconds // 60

    @rule(resolution=st.sampled_from(["Replaced the roller", "Firmware rolled back"]))
    def close(self, resolution: str) -> None:
        refusal = self.refusal_when_closed()
        if self.attempt(lambda i: i.close(resolution), refusal, Incident.Closed):
            self.model.status, self.model.resolution = CLOSED, resolution

    @rule()
    def reopen(self) -> None:
        refusal = illegal_if(self.model.status is OPEN)
        if self.attempt(lambda i: i.reopen("It jams again"), refusal, Incident.Reopened):
            self.model.status, self.model.resolution = OPEN, None

    @invariant()
    def the_incident_matches_the_model(self) -> None:
        incident, model = self.aggregate, self.model
        assert incident.status is model.status
        assert incident.assignee_id == model.assignee
        assert incident.minutes_worked == model.minutes
        assert incident.resolution == model.resolution


TestIncidentStateMachine = machine_test(IncidentMachine, steps=30, examples=200)
