"""Random moves, edits and cancellations of one agenda entry (timed or all-day), checked after
every step against a simple model: its slot, title and notes, whether it is cancelled, and how many
events the accepted commands triggered. A refused command raises exactly the DomainError the rules
name and triggers no event; an accepted edit triggers one event per thing it changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from eventsourcing.domain import Aggregate
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.agenda_entry import AgendaEntry, AgendaEntryStatus
from cronica.domain.context import acting_as
from cronica.domain.errors import DomainError, IllegalTransitionError, InvalidTimeRangeError
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.new_records.agenda_entry import MIDNIGHT, new_entry

# Whole and half days around the first, so that moves often repeat, cross or miss midnight.
MOMENTS = st.integers(-2, 6).map(lambda halves: MIDNIGHT + timedelta(hours=12 * halves))
TITLES = st.none() | st.sampled_from(["Visit Talleres Pérez", "Visit"])
NOTES = st.none() | st.sampled_from(["Bring the spare fuser", ""])


@dataclass
class Model:
    """What the entry should look like, from the rules alone (as `new_entry` puts it)."""

    starts_at: datetime
    ends_at: datetime
    all_day: bool
    title: str = "Visit Talleres Pérez"
    notes: str = "Bring the spare fuser"
    cancelled: bool = False


class AgendaEntryMachine(AggregateMachine[AgendaEntry]):
    @initialize(all_day=st.booleans())
    def put(self, all_day: bool) -> None:
        starts_at = MIDNIGHT if all_day else MIDNIGHT + timedelta(hours=10)
        self.model = Model(starts_at, starts_at + timedelta(days=1), all_day)
        with acting_as(TEST_CONTEXT):
            self.begin(new_entry(self.model.starts_at, self.model.ends_at, all_day=all_day))

    def refusal_when_cancelled(self) -> type[DomainError] | None:
        return illegal_if(self.model.cancelled)

    @rule(starts_at=MOMENTS, ends_at=MOMENTS)
    def move(self, starts_at: datetime, ends_at: datetime) -> None:
        model = self.model
        refusal = self.refusal_when_cancelled()
        whole_days = all(moment.hour == 0 for moment in (starts_at, ends_at))
        if refusal is None and (ends_at <= starts_at or (model.all_day and not whole_days)):
            refusal = InvalidTimeRangeError
        if refusal is None and (starts_at, ends_at) == (model.starts_at, model.ends_at):
            refusal = IllegalTransitionError
        if self.attempt(lambda e: e.move(starts_at, ends_at), refusal, AgendaEntry.Moved):
            model.starts_at, model.ends_at = starts_at, ends_at

    @rule(title=TITLES, notes=NOTES)
    def edit(self, title: str | None, notes: str | None) -> None:
        model = self.model
        new_title = model.title if title is None else title
        new_notes = model.notes if notes is None else notes
        expected: list[type[Aggregate.Event]] = []
        if new_title != model.title:
            expected.append(AgendaEntry.TitleEdited)
        if new_notes != model.notes:
            expected.append(AgendaEntry.NotesEdited)
        refusal = self.refusal_when_cancelled() or (None if expected else IllegalTransitionError)
        if self.attempt(lambda e: e.edit(title=title, notes=notes), refusal, *expected):
            model.title, model.notes = new_title, new_notes

    @rule(reason=st.none() | st.just("Called off"))
    def cancel(self, reason: str | None) -> None:
        refusal = self.refusal_when_cancelled()
        if self.attempt(lambda e: e.cancel(reason), refusal, AgendaEntry.Cancelled):
            self.model.cancelled = True

    @invariant()
    def the_entry_matches_the_model(self) -> None:
        entry, model = self.aggregate, self.model
        self.assert_it_matches(model, "starts_at", "ends_at", "all_day", "title", "notes")
        assert (entry.status is AgendaEntryStatus.CANCELLED) == model.cancelled


TestAgendaEntryStateMachine = machine_test(AgendaEntryMachine, steps=30)
