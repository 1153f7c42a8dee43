"""Random command sequences on one catalogue, checked after every step against a simple model.

The model knows only what the rules say: each code's name, whether it is priority and whether it
was removed, and how many events the accepted commands triggered. A refused command must raise
exactly the DomainError the rules name, and must trigger no event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from eventsourcing.domain import Aggregate
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from cronica.domain.catalogue import Catalogue
from cronica.domain.catalogue_values import CatalogueKind, Entry
from cronica.domain.context import acting_as
from cronica.domain.errors import (
    DomainError,
    DuplicateCatalogueEntryError,
    IllegalTransitionError,
    InvalidCatalogueEntryError,
    UnknownCatalogueEntryError,
)
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME, replayed

# Few codes and names, so that sequences often meet the same entry again.
CODES = st.sampled_from(["call", "visit", "quote"])
NAMES = st.sampled_from(["Llamada", "Visita", "Presupuesto"])
KINDS = st.sampled_from([CatalogueKind.TASK_TYPES, CatalogueKind.LOST_REASONS])


@dataclass
class ModelEntry:
    name: str
    priority: bool = False
    removed: bool = False


@dataclass
class Model:
    """What the catalogue should look like, from the rules alone."""

    kind: CatalogueKind
    entries: dict[str, ModelEntry] = field(default_factory=dict)
    triggered: int = 0  # events after Started

    def refusal_unless_active(self, code: str) -> type[DomainError] | None:
        if code not in self.entries:
            return UnknownCatalogueEntryError
        return IllegalTransitionError if self.entries[code].removed else None


class CatalogueMachine(RuleBasedStateMachine):
    @initialize(kind=KINDS, first=st.booleans())
    def start(self, kind: CatalogueKind, first: bool) -> None:
        """Starts the catalogue empty, or with a call entry (as a new company's defaults do)."""
        self.model = Model(kind, {"call": ModelEntry("Llamada")} if first else {})
        entries = [Entry("call", "Llamada")] if first else []
        with acting_as(TEST_CONTEXT):
            self.catalogue = Catalogue.start(company_id=ACME, kind=kind, entries=entries)
        self.events: list[Aggregate.Event] = self.catalogue.collect_events()

    def attempt(
        self,
        command: Callable[[Catalogue], None],
        refusal: type[DomainError] | None,
        event: type[Aggregate.Event],
    ) -> bool:
        """Runs the command; True when it was accepted with exactly one event of that type."""
        with acting_as(TEST_CONTEXT):
            if refusal is None:
                command(self.catalogue)
            else:
                with pytest.raises(DomainError) as refused:
                    command(self.catalogue)
                assert type(refused.value) is refusal
        new = self.catalogue.collect_events()
        assert [type(e) for e in new] == ([] if refusal else [event])
        self.events += new
        self.model.triggered += len(new)
        return refusal is None

    @rule(code=CODES, name=NAMES)
    def add(self, code: str, name: str) -> None:
        current = self.model.entries.get(code)
        refusal = DuplicateCatalogueEntryError if current and not current.removed else None
        if self.attempt(lambda c: c.add(Entry(code, name)), refusal, Catalogue.EntryAdded):
            self.model.entries[code] = ModelEntry(name)

    @rule(code=CODES, name=NAMES)
    def rename(self, code: str, name: str) -> None:
        refusal = self.model.refusal_unless_active(code)
        if refusal is None and self.model.entries[code].name == name:
            refusal = IllegalTransitionError
        if self.attempt(lambda c: c.rename(code, name), refusal, Catalogue.EntryRenamed):
            self.model.entries[code].name = name

    @rule(code=CODES)
    def remove(self, code: str) -> None:
        refusal = self.model.refusal_unless_active(code)
        if self.attempt(lambda c: c.remove(code), refusal, Catalogue.EntryRemoved):
            self.model.entries[code].removed = True

    @rule(code=CODES, priority=st.booleans())
    def set_priority(self, code: str, priority: bool) -> None:
        refusal = None
        if self.model.kind is not CatalogueKind.TASK_TYPES:
            refusal = InvalidCatalogueEntryError
        refusal = refusal or self.model.refusal_unless_active(code)
        if refusal is None and self.model.entries[code].priority == priority:
            refusal = IllegalTransitionError
        command, event = (
            (Catalogue.prioritise, Catalogue.EntryPrioritised)
            if priority
            else (Catalogue.deprioritise, Catalogue.EntryDeprioritised)
        )
        if self.attempt(lambda c: command(c, code), refusal, event):
            self.model.entries[code].priority = priority

    @invariant()
    def the_catalogue_matches_the_model(self) -> None:
        catalogue, model = self.catalogue, self.model
        assert catalogue.kind is model.kind
        assert {
            code: ModelEntry(entry.name, entry.priority, entry.removed)
            for code, entry in catalogue.entries.items()
        } == model.entries
        for code in ("call", "visit", "quote"):
            entry = model.entries.get(code)
            assert catalogue.is_active(code) == bool(entry and not entry.removed)
        assert catalogue.version == 1 + model.triggered

    @invariant()
    def the_events_alone_rebuild_the_catalogue(self) -> None:
        assert [e.originator_version for e in self.events] == list(range(1, len(self.events) + 1))
        again = replayed(Catalogue, self.events)
        assert vars(again) | {"_pending_events": []} == vars(self.catalogue)


CatalogueMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=25, deadline=None
)
TestCatalogueStateMachine = CatalogueMachine.TestCase
