"""The rules of an agenda entry (DOMAIN.md, Agenda entry): a slot that ends after it starts (whole
days for an all-day entry), moved, retitled or annotated, cancelled; and an id derived from what
caused it, so that a reaction run twice puts one entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from eventsourcing.application import Application
from eventsourcing.persistence import IntegrityError

from cronica.domain.agenda_entry import AgendaEntry, AgendaEntryStatus
from cronica.domain.context import CommandContext
from cronica.domain.errors import IllegalTransitionError, InvalidTimeRangeError, NaiveDateTimeError
from tests.fixtures.domain_records import assert_its_events_survive_the_stores_transcoding, replayed
from tests.fixtures.new_records.agenda_entry import MIDNIGHT, OWNER, TEN, new_entry


def test_an_entry_is_put_in_its_owners_agenda(acting: CommandContext) -> None:
    entry = new_entry()

    (added,) = entry.collect_events()
    assert isinstance(added, AgendaEntry.Added)
    assert (added.owner_id, added.title, added.notes, added.all_day) == (
        OWNER,
        "Visit Talleres Pérez",
        "Bring the spare fuser",
        False,
    )
    assert (added.related_type, added.related_id, added.caused_by) == (
        "incident",
        UUID(int=42),
        None,
    )
    assert (entry.status, entry.version) == (AgendaEntryStatus.SCHEDULED, 1)
    assert vars(replayed(AgendaEntry, [added])) | {"_pending_events": []} == vars(entry)


def test_entries_caused_by_one_event_share_their_id_and_are_saved_once(
    acting: CommandContext,
) -> None:
    first, again = new_entry(caused_by="assigned:1:2"), new_entry(caused_by="assigned:1:2")
    other, personal = new_entry(caused_by="assigned:1:3"), new_entry()

    assert first.id == again.id == AgendaEntry.create_id("assigned:1:2")
    assert len({first.id, other.id, personal.id, new_entry().id}) == 4
    app = Application[UUID]()
    app.save(first)
    with pytest.raises(IntegrityError):
        app.save(again)


@pytest.mark.parametrize(
    ("starts_at", "ends_at", "all_day", "refusal"),
    [
        (TEN, TEN, False, InvalidTimeRangeError),
        (TEN, TEN - timedelta(minutes=5), False, InvalidTimeRangeError),
        (TEN.replace(tzinfo=None), TEN + timedelta(hours=1), False, NaiveDateTimeError),
        (TEN, MIDNIGHT + timedelta(days=1), True, InvalidTimeRangeError),
        (MIDNIGHT, MIDNIGHT + timedelta(hours=23), True, InvalidTimeRangeError),
        (MIDNIGHT, MIDNIGHT, True, InvalidTimeRangeError),
    ],
)
def test_a_slot_ends_after_it_starts_and_all_day_ones_span_whole_days(
    acting: CommandContext,
    starts_at: datetime,
    ends_at: datetime,
    all_day: bool,
    refusal: type[Exception],
) -> None:
    with pytest.raises(refusal):
        new_entry(starts_at, ends_at, all_day=all_day)


def test_an_all_day_entry_moves_to_other_whole_days(acting: CommandContext) -> None:
    entry = new_entry(MIDNIGHT, MIDNIGHT + timedelta(days=2), all_day=True)

    entry.move(MIDNIGHT + timedelta(days=7), MIDNIGHT + timedelta(days=8))
    with pytest.raises(InvalidTimeRangeError, match="midnight"):
        entry.move(TEN, TEN + timedelta(hours=1))

    assert (entry.starts_at, entry.ends_at) == (
        MIDNIGHT + timedelta(days=7),
        MIDNIGHT + timedelta(days=8),
    )
    assert [type(e) for e in entry.collect_events()] == [AgendaEntry.Added, AgendaEntry.Moved]


def test_a_move_must_change_the_slot(acting: CommandContext) -> None:
    entry = new_entry()
    entry.collect_events()

    for starts_at in (TEN, TEN.astimezone(UTC)):  # the same moment, another zone
        with pytest.raises(IllegalTransitionError, match="already"):
            entry.move(starts_at, TEN + timedelta(hours=1))
    with pytest.raises(InvalidTimeRangeError):
        entry.move(TEN, TEN)

    assert entry.collect_events() == []


def test_an_edit_says_only_what_changed_and_must_change_something(
    acting: CommandContext,
) -> None:
    entry = new_entry()
    entry.collect_events()

    entry.edit(title="Visit Talleres Pérez (Alzira)")
    entry.edit(notes="")
    entry.edit(title="Visit", notes="Call first")
    for edit in (lambda: entry.edit(), lambda: entry.edit(title="Visit", notes="Call first")):
        with pytest.raises(IllegalTransitionError):
            edit()

    assert [type(e) for e in entry.collect_events()] == [
        AgendaEntry.TitleEdited,
        AgendaEntry.NotesEdited,
        AgendaEntry.TitleEdited,
        AgendaEntry.NotesEdited,
    ]
    assert (entry.title, entry.notes, entry.version) == ("Visit", "Call first", 5)


def test_a_cancelled_entry_takes_no_more_commands(acting: CommandContext) -> None:
    entry, without_reason = new_entry(), new_entry()
    entry.cancel("The customer called it off")
    without_reason.cancel()

    assert (entry.status, entry.cancellation_reason) == (
        AgendaEntryStatus.CANCELLED,
        "The customer called it off",
    )
    assert without_reason.cancellation_reason is None
    for command in (
        lambda: entry.cancel(),
        lambda: entry.move(TEN + timedelta(days=1), TEN + timedelta(days=1, hours=1)),
        lambda: entry.edit(title="Later"),
    ):
        with pytest.raises(IllegalTransitionError, match="cancelled"):
            command()
    assert [type(e) for e in entry.collect_events()] == [AgendaEntry.Added, AgendaEntry.Cancelled]


def test_the_events_come_back_from_the_stores_transcoding_unchanged(
    acting: CommandContext,
) -> None:
    entry = new_entry(caused_by="assigned:1:2")
    entry.move(TEN + timedelta(days=1), TEN + timedelta(days=1, hours=2))
    entry.edit(title="Visit", notes="")
    entry.cancel("Solved on the phone")

    assert_its_events_survive_the_stores_transcoding(entry)
