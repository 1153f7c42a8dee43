"""Random command sequences on one catalogue, checked after every step against a simple model.

The model knows only what the rules say: each code's name, whether it is priority and whether it
was removed, and how many events the accepted commands triggered. A refused command must raise
exactly the DomainError the rules name, and must trigger no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

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
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME

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

    def refusal_unless_active(self, code: str) -> type[DomainError] | None:
        if code not in self.entries:
            return UnknownCatalogueEntryError
        return illegal_if(self.entries[code].removed)


class CatalogueMachine(AggregateMachine[Catalogue]):
    @initialize(kind=KINDS, first=st.booleans())
    def start(self, kind: CatalogueKind, first: bool) -> None:
        """Starts the catalogue empty, or with a call entry (as a new company's defaults do)."""
        self.model = Model(kind, {"call": ModelEntry("Llamada")} if first else {})
        entries = [Entry("call", "Llamada")] if first else []
        with acting_as(TEST_CONTEXT):
            self.begin(Catalogue.start(company_id=ACME, kind=kind, entries=entries))

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
        catalogue, model = self.aggregate, self.model
        assert catalogue.kind is model.kind
        assert {
            code: ModelEntry(entry.name, entry.priority, entry.removed)
            for code, entry in catalogue.entries.items()
        } == model.entries
        for code in ("call", "visit", "quote"):
            entry = model.entries.get(code)
            assert catalogue.is_active(code) == bool(entry and not entry.removed)


TestCatalogueStateMachine = machine_test(CatalogueMachine, steps=25)
