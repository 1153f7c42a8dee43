"""The rules of a timesheet line added by hand (DOMAIN.md, Timesheet): its times carry their zone
and end after they start; a correction changes the times or the description and says only what
changed; a withdrawn line takes no more commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import IllegalTransitionError, InvalidTimeRangeError, NaiveDateTimeError
from cronica.domain.timesheet_line import TimesheetEntry, TimesheetEntryStatus
from tests.fixtures.domain_records import assert_its_events_survive_the_stores_transcoding, replayed
from tests.fixtures.new_records.timesheet_line import EMPLOYEE, NINE, new_line


def test_a_line_is_added_with_where_when_and_what(acting: CommandContext) -> None:
    line = new_line()

    (added,) = line.collect_events()
    assert isinstance(added, TimesheetEntry.Added)
    assert (added.employee_id, added.work_centre, added.department) == (
        EMPLOYEE,
        "Valencia",
        "Workshop",
    )
    assert (added.related_type, added.related_id) == ("incident", UUID(int=42))
    assert (line.status, line.version, line.withdrawal_reason) == (
        TimesheetEntryStatus.RECORDED,
        1,
        None,
    )
    assert vars(replayed(TimesheetEntry, [added])) | {"_pending_events": []} == vars(line)


@pytest.mark.parametrize(
    ("started_at", "ended_at", "refusal"),
    [
        (NINE, NINE, InvalidTimeRangeError),
        (NINE, NINE - timedelta(minutes=1), InvalidTimeRangeError),
        (NINE.replace(tzinfo=None), NINE + timedelta(hours=1), NaiveDateTimeError),
    ],
)
def test_a_line_must_end_after_it_starts_in_a_known_zone(
    acting: CommandContext, started_at: datetime, ended_at: datetime, refusal: type[Exception]
) -> None:
    with pytest.raises(refusal):
        new_line(started_at, ended_at)


def test_a_correction_says_only_what_changed(acting: CommandContext) -> None:
    line = new_line()
    line.collect_events()

    line.correct(ended_at=NINE + timedelta(hours=3))
    line.correct(description="Stocktaking of spare parts and consumables")
    line.correct(started_at=NINE + timedelta(hours=1), description="Stocktaking")

    events = line.collect_events()
    assert [type(e) for e in events] == [
        TimesheetEntry.TimesCorrected,
        TimesheetEntry.DescriptionCorrected,
        TimesheetEntry.TimesCorrected,
        TimesheetEntry.DescriptionCorrected,
    ]
    assert (line.started_at, line.ended_at, line.description) == (
        NINE + timedelta(hours=1),
        NINE + timedelta(hours=3),
        "Stocktaking",
    )
    assert line.version == 5


def test_a_correction_that_changes_nothing_or_breaks_the_times_is_refused(
    acting: CommandContext,
) -> None:
    line = new_line()
    line.collect_events()
    refused = [
        (lambda: line.correct(), IllegalTransitionError),
        (lambda: line.correct(started_at=NINE, description=line.description),
         IllegalTransitionError),
        # The same moment in another zone is no change either.
        (lambda: line.correct(started_at=NINE.astimezone(UTC)), IllegalTransitionError),
        (lambda: line.correct(started_at=NINE + timedelta(hours=2)), InvalidTimeRangeError),
        (lambda: line.correct(ended_at=NINE.replace(hour=12, tzinfo=None)), NaiveDateTimeError),
    ]  # fmt: skip
    for correction, refusal in refused:
        with pytest.raises(refusal):
            correction()

    assert line.collect_events() == []


def test_a_withdrawn_line_stays_on_record_and_takes_no_more_commands(
    acting: CommandContext,
) -> None:
    line = new_line()
    line.withdraw("Entered twice")

    assert (line.status, line.withdrawal_reason) == (
        TimesheetEntryStatus.WITHDRAWN,
        "Entered twice",
    )
    for command in (lambda: line.withdraw("Again"), lambda: line.correct(description="Late")):
        with pytest.raises(IllegalTransitionError, match="withdrawn"):
            command()
    events = line.collect_events()
    assert [type(e) for e in events] == [TimesheetEntry.Added, TimesheetEntry.Withdrawn]


def test_the_events_come_back_from_the_stores_transcoding_unchanged(
    acting: CommandContext,
) -> None:
    line = new_line()
    line.correct(started_at=NINE - timedelta(hours=1), description="Inventory")
    line.withdraw("Wrong day")

    loaded = assert_its_events_survive_the_stores_transcoding(line)

    assert loaded[0].started_at.utcoffset() == timedelta(hours=1)  # the zone it was given in
