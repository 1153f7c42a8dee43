"""An entry in a user's agenda: a personal event, or one a rule put there (an assigned incident).

An entry put by a reaction to another event names it in `caused_by`; its id derives from that
key, so a reaction that runs twice for one event meets the entry it already put.
"""

from __future__ import annotations

from datetime import datetime, time
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError, InvalidTimeRangeError
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.moments import require_time_range
from cronica.domain.ownership import id_caused_by
from cronica.domain.record_rules import RecordRule


class AgendaEntryStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


SCHEDULED = frozenset({AgendaEntryStatus.SCHEDULED})


def require_slot(starts_at: datetime, ends_at: datetime, all_day: bool) -> None:
    """Times carry their zone and the end is later; an all-day entry spans whole days, from a
    midnight to a midnight (its end is the midnight after its last day)."""
    require_time_range(starts_at, ends_at, "an agenda entry", "ends_at")
    if all_day and any(moment.time() != time(0) for moment in (starts_at, ends_at)):
        at_fault = "starts_at" if starts_at.time() != time(0) else "ends_at"
        raise InvalidTimeRangeError("an all-day entry starts and ends at midnight", field=at_fault)


class AgendaEntry(StatusGuarded, CronicaAggregate):
    """A slot of the owner's agenda with a title and notes, optionally about a related record
    (its type and id). Scheduled until it is cancelled."""

    noun = "an agenda entry"

    access_rule: ClassVar[RecordRule] = RecordRule.WORK

    @property
    def people(self) -> frozenset[UUID]:
        """Its owner's own work."""
        return people_named(self.owner_id)

    class Added(CronicaAggregate.Created):
        owner_id: UUID
        starts_at: datetime
        ends_at: datetime
        all_day: bool
        title: str
        notes: str
        related_type: str | None
        related_id: UUID | None
        caused_by: str | None

    class Moved(CronicaAggregate.Event):
        starts_at: datetime
        ends_at: datetime

    class TitleEdited(CronicaAggregate.Event):
        title: str

    class NotesEdited(CronicaAggregate.Event):
        notes: str

    class Cancelled(CronicaAggregate.Event):
        reason: str | None

    @staticmethod
    def create_id(caused_by: str | None) -> UUID:
        """Derived from `caused_by` when given (a repeated reaction puts the same entry),
        else new."""
        return id_caused_by("agenda-entry", caused_by)

    @classmethod
    def put(
        cls,
        *,
        company_id: UUID,
        owner_id: UUID,
        starts_at: datetime,
        ends_at: datetime,
        title: str,
        notes: str = "",
        all_day: bool = False,
        related_type: str | None = None,
        related_id: UUID | None = None,
        caused_by: str | None = None,
    ) -> AgendaEntry:
        """Puts an entry in the owner's agenda."""
        require_slot(starts_at, ends_at, all_day)
        return cls(
            company_id=company_id,
            owner_id=owner_id,
            starts_at=starts_at,
            ends_at=ends_at,
            all_day=all_day,
            title=title,
            notes=notes,
            related_type=related_type,
            related_id=related_id,
            caused_by=caused_by,
        )

    @event(Added)
    def __init__(
        self,
        company_id: UUID,
        owner_id: UUID,
        starts_at: datetime,
        ends_at: datetime,
        all_day: bool,
        title: str,
        notes: str,
        related_type: str | None,
        related_id: UUID | None,
        caused_by: str | None,
    ) -> None:
        self.company_id = company_id
        self.owner_id = owner_id
        self.starts_at = starts_at
        self.ends_at = ends_at
        self.all_day = all_day
        self.title = title
        self.notes = notes
        self.related_type = related_type
        self.related_id = related_id
        self.caused_by = caused_by
        self.status = AgendaEntryStatus.SCHEDULED
        self.cancellation_reason: str | None = None

    def move(self, starts_at: datetime, ends_at: datetime) -> None:
        """Moves the entry to another slot (an all-day entry to other whole days)."""
        self._require(SCHEDULED, "move")
        require_slot(starts_at, ends_at, self.all_day)
        if (starts_at, ends_at) == (self.starts_at, self.ends_at):
            raise IllegalTransitionError("the agenda entry is already at that time")
        self._moved(starts_at=starts_at, ends_at=ends_at)

    @event(Moved)
    def _moved(self, starts_at: datetime, ends_at: datetime) -> None:
        self.starts_at = starts_at
        self.ends_at = ends_at

    def edit(self, *, title: str | None = None, notes: str | None = None) -> None:
        """Changes the title and/or the notes (one not given stays); an edit that changes
        nothing is refused."""
        self._require(SCHEDULED, "edit")
        title = self.title if title is None else title
        notes = self.notes if notes is None else notes
        if (title, notes) == (self.title, self.notes):
            raise IllegalTransitionError("the agenda entry already says that")
        if title != self.title:
            self._title_edited(title=title)
        if notes != self.notes:
            self._notes_edited(notes=notes)

    @event(TitleEdited)
    def _title_edited(self, title: str) -> None:
        self.title = title

    @event(NotesEdited)
    def _notes_edited(self, notes: str) -> None:
        self.notes = notes

    def cancel(self, reason: str | None = None) -> None:
        self._require(SCHEDULED, "cancel")
        self._cancelled(reason=reason)

    @event(Cancelled)
    def _cancelled(self, reason: str | None) -> None:
        self.status = AgendaEntryStatus.CANCELLED
        self.cancellation_reason = reason
