"""A company's catalogue of one kind: task types, incident types, notice codes, resolution codes,
lost reasons, classification criteria or custom-field definitions.

Administrators add entries, rename and remove them, and choose which task types are priority.
A removed entry stays (older records still show its name) but no new record may use its code;
adding its code again brings it back as newly defined.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Annotated, ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue_values import (
    CatalogueKind,
    Entry,
    EntryData,
    ValueType,
    require_suits,
)
from cronica.domain.errors import (
    DuplicateCatalogueEntryError,
    IllegalTransitionError,
    InvalidCatalogueEntryError,
    UnknownCatalogueEntryError,
)
from cronica.domain.event_values import ValuesOf
from cronica.domain.record_rules import RecordRule


def catalogue_id_for(company_id: UUID, kind: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"cronica:catalogue:{company_id}:{kind}")


class Catalogue(CronicaAggregate):
    """The entries of one kind of one company, by code."""

    company_wide = True

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Started(CronicaAggregate.Created):
        """The catalogue, with the entries it starts with (a new company's defaults)."""

        kind: Annotated[str, ValuesOf(CatalogueKind)]
        entries: list[EntryData]

    class EntryAdded(CronicaAggregate.Event):
        code: str
        name: str
        colour: str | None
        value_type: Annotated[str | None, ValuesOf(ValueType)]
        choices: list[str]

    class EntryRenamed(CronicaAggregate.Event):
        code: str
        name: str

    class EntryRemoved(CronicaAggregate.Event):
        code: str

    class EntryPrioritised(CronicaAggregate.Event):
        code: str

    class EntryDeprioritised(CronicaAggregate.Event):
        code: str

    @staticmethod
    def create_id(company_id: UUID, kind: str) -> UUID:
        return catalogue_id_for(company_id, kind)

    @classmethod
    def start(cls, *, company_id: UUID, kind: str, entries: Iterable[Entry] = ()) -> Catalogue:
        """A company's catalogue of this kind, with these entries (each code once)."""
        of_kind = CatalogueKind(kind)
        entries = list(entries)
        for entry in entries:
            require_suits(of_kind, entry)
        codes = [entry.code for entry in entries]
        repeated = sorted({code for code in codes if codes.count(code) > 1})
        if repeated:
            raise DuplicateCatalogueEntryError(f"{kind} codes given twice: {', '.join(repeated)}")
        definitions = [entry.definition() for entry in entries]
        return cls(company_id=company_id, kind=of_kind.value, entries=definitions)

    @event(Started)
    def __init__(self, company_id: UUID, kind: str, entries: list[EntryData]) -> None:
        self.company_id = company_id
        self.kind = CatalogueKind(kind)
        self.entries: dict[str, Entry] = {}
        for definition in entries:
            entry = Entry.defined(**definition)
            self.entries[entry.code] = entry

    def is_active(self, code: str) -> bool:
        """True when new records may use the code: it is an entry, and not a removed one."""
        entry = self.entries.get(code)
        return entry is not None and not entry.removed

    def _active(self, code: str) -> Entry:
        entry = self.entries.get(code)
        if entry is None:
            raise UnknownCatalogueEntryError(f"the {self.kind} catalogue has no entry {code!r}")
        if entry.removed:
            raise IllegalTransitionError(f"{self.kind} entry {code!r} was removed")
        return entry

    def add(self, entry: Entry) -> None:
        """Adds an entry (priority or not is chosen afterwards, for task types)."""
        require_suits(self.kind, entry)
        if self.is_active(entry.code):
            raise DuplicateCatalogueEntryError(f"{self.kind} already has an entry {entry.code!r}")
        self._entry_added(**entry.definition())

    @event(EntryAdded)
    def _entry_added(
        self, code: str, name: str, colour: str | None, value_type: str | None, choices: list[str]
    ) -> None:
        self.entries[code] = Entry.defined(code, name, colour, value_type, choices)

    def rename(self, code: str, name: str) -> None:
        entry = self._active(code)
        require_suits(self.kind, replace(entry, name=name))
        if name == entry.name:
            raise IllegalTransitionError(f"{self.kind} entry {code!r} is already named {name!r}")
        self._entry_renamed(code=code, name=name)

    @event(EntryRenamed)
    def _entry_renamed(self, code: str, name: str) -> None:
        self.entries[code] = replace(self.entries[code], name=name)

    def remove(self, code: str) -> None:
        self._active(code)
        self._entry_removed(code=code)

    @event(EntryRemoved)
    def _entry_removed(self, code: str) -> None:
        self.entries[code] = replace(self.entries[code], removed=True)

    def prioritise(self, code: str) -> None:
        """Tasks of this type show as priority (red, yellow once someone takes charge)."""
        self._require_priority_change(code, True)
        self._entry_prioritised(code=code)

    @event(EntryPrioritised)
    def _entry_prioritised(self, code: str) -> None:
        self.entries[code] = replace(self.entries[code], priority=True)

    def deprioritise(self, code: str) -> None:
        self._require_priority_change(code, False)
        self._entry_deprioritised(code=code)

    @event(EntryDeprioritised)
    def _entry_deprioritised(self, code: str) -> None:
        self.entries[code] = replace(self.entries[code], priority=False)

    def _require_priority_change(self, code: str, priority: bool) -> None:
        if self.kind is not CatalogueKind.TASK_TYPES:
            raise InvalidCatalogueEntryError(f"only task types are priority, not {self.kind}")
        if self._active(code).priority == priority:
            state = "priority" if priority else "not priority"
            raise IllegalTransitionError(f"task type {code!r} is already {state}")
