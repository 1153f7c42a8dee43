"""The catalogues' rules (DOMAIN.md, Catalogues and configuration): entries added, renamed and
removed by code, task types marked priority, and what each kind's entries may carry."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cronica.commands.catalogues import default_catalogues
from cronica.domain.catalogue import Catalogue, catalogue_id_for
from cronica.domain.catalogue_values import CatalogueKind, Entry, ValueType
from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    DuplicateCatalogueEntryError,
    IllegalTransitionError,
    InvalidCatalogueEntryError,
    UnknownCatalogueEntryError,
)
from cronica.domain.ownership import root_unit_id_for
from tests.fixtures.domain_records import (
    ACME,
    assert_its_events_survive_the_stores_transcoding,
    replayed,
)

TASK_TYPES, CUSTOM_FIELDS = CatalogueKind.TASK_TYPES, CatalogueKind.CUSTOM_FIELDS
CALL = Entry("call", "Llamada", colour="#2da44e")
VISIT = Entry("visit", "Visita")


def task_types(*entries: Entry) -> Catalogue:
    catalogue = Catalogue.start(company_id=ACME, kind=TASK_TYPES, entries=entries)
    catalogue.collect_events()
    return catalogue


def test_a_catalogue_starts_with_its_entries_owned_by_the_companys_root_unit(
    acting: CommandContext,
) -> None:
    catalogue = Catalogue.start(company_id=ACME, kind="task_types", entries=[CALL, VISIT])

    (started,) = catalogue.collect_events()
    assert isinstance(started, Catalogue.Started)
    assert catalogue.id == catalogue_id_for(ACME, "task_types")
    assert started.unit_id == root_unit_id_for(ACME)
    assert started.entries[0] == {
        "code": "call",
        "name": "Llamada",
        "colour": "#2da44e",
        "value_type": None,
        "choices": [],
    }
    assert catalogue.entries == {"call": CALL, "visit": VISIT}
    assert replayed(Catalogue, [started]).entries == catalogue.entries


def test_a_catalogue_starts_with_each_code_once(acting: CommandContext) -> None:
    with pytest.raises(DuplicateCatalogueEntryError, match="call"):
        Catalogue.start(company_id=ACME, kind=TASK_TYPES, entries=[CALL, VISIT, CALL])


def test_an_entry_is_added_renamed_and_removed_but_kept_for_older_records(
    acting: CommandContext,
) -> None:
    catalogue = task_types(CALL)

    catalogue.add(VISIT)
    catalogue.rename("visit", "Visita comercial")
    catalogue.remove("call")

    added, renamed, removed = catalogue.collect_events()
    assert (type(added), added.code, added.name) == (Catalogue.EntryAdded, "visit", "Visita")
    assert (type(renamed), renamed.name) == (Catalogue.EntryRenamed, "Visita comercial")
    assert (type(removed), removed.code) == (Catalogue.EntryRemoved, "call")
    assert catalogue.entries["visit"].name == "Visita comercial"
    assert catalogue.entries["call"] == Entry("call", "Llamada", "#2da44e", removed=True)
    assert (catalogue.is_active("visit"), catalogue.is_active("call")) == (True, False)
    assert not catalogue.is_active("quote")


def test_a_code_in_use_is_not_added_twice_but_a_removed_one_comes_back_as_defined(
    acting: CommandContext,
) -> None:
    catalogue = task_types(CALL)
    with pytest.raises(DuplicateCatalogueEntryError):
        catalogue.add(Entry("call", "Otra llamada"))

    catalogue.prioritise("call")
    catalogue.remove("call")
    catalogue.add(Entry("call", "Llamada saliente"))

    assert catalogue.entries["call"] == Entry("call", "Llamada saliente")
    assert len(catalogue.collect_events()) == 3


def test_renaming_and_removing_need_an_active_entry_and_a_change(acting: CommandContext) -> None:
    catalogue = task_types(CALL, VISIT)
    catalogue.remove("visit")
    catalogue.collect_events()

    refusals: list[tuple[type[Exception], Callable[[], None]]] = [
        (UnknownCatalogueEntryError, lambda: catalogue.rename("quote", "Presupuesto")),
        (UnknownCatalogueEntryError, lambda: catalogue.remove("quote")),
        (IllegalTransitionError, lambda: catalogue.rename("visit", "Visita comercial")),
        (IllegalTransitionError, lambda: catalogue.remove("visit")),
        (IllegalTransitionError, lambda: catalogue.rename("call", "Llamada")),
        (InvalidCatalogueEntryError, lambda: catalogue.rename("call", "  ")),
    ]
    for error, command in refusals:
        with pytest.raises(error):
            command()
    assert catalogue.collect_events() == []


def test_administrators_choose_which_task_types_are_priority(acting: CommandContext) -> None:
    catalogue = task_types(CALL, VISIT)

    catalogue.prioritise("visit")
    with pytest.raises(IllegalTransitionError):
        catalogue.prioritise("visit")
    with pytest.raises(IllegalTransitionError):
        catalogue.deprioritise("call")
    catalogue.deprioritise("visit")
    catalogue.prioritise("call")

    events = catalogue.collect_events()
    assert [(type(e).__name__, e.code) for e in events] == [
        ("EntryPrioritised", "visit"),
        ("EntryDeprioritised", "visit"),
        ("EntryPrioritised", "call"),
    ]
    assert (catalogue.entries["call"].priority, catalogue.entries["visit"].priority) == (
        True,
        False,
    )


def test_only_task_types_are_priority(acting: CommandContext) -> None:
    reasons = Catalogue.start(
        company_id=ACME, kind=CatalogueKind.LOST_REASONS, entries=[Entry("price", "Precio")]
    )
    with pytest.raises(InvalidCatalogueEntryError):
        reasons.prioritise("price")


@pytest.mark.parametrize(
    ("kind", "entry"),
    [
        (TASK_TYPES, Entry("Call", "Llamada")),
        (TASK_TYPES, Entry("call back", "Llamada")),
        (TASK_TYPES, Entry("", "Llamada")),
        (TASK_TYPES, Entry("call", " ")),
        (TASK_TYPES, Entry("call", "Llamada", colour="green")),
        (CatalogueKind.INCIDENT_TYPES, Entry("breakdown", "Avería", colour="#ff0000")),
        (TASK_TYPES, Entry("call", "Llamada", value_type=ValueType.TEXT)),
        (CUSTOM_FIELDS, Entry("employees", "Empleados")),
        (CUSTOM_FIELDS, Entry("size", "Tamaño", value_type=ValueType.CHOICE)),
        (CUSTOM_FIELDS, Entry("size", "Tamaño", value_type=ValueType.NUMBER, choices=("S",))),
        (CUSTOM_FIELDS, Entry("size", "Tamaño", value_type=ValueType.CHOICE, choices=("S", "S"))),
        (CUSTOM_FIELDS, Entry("size", "Tamaño", value_type=ValueType.CHOICE, choices=("S", ""))),
    ],
)
def test_an_entry_must_suit_its_catalogue(
    acting: CommandContext, kind: CatalogueKind, entry: Entry
) -> None:
    catalogue = Catalogue.start(company_id=ACME, kind=kind)
    catalogue.collect_events()

    with pytest.raises(InvalidCatalogueEntryError):
        catalogue.add(entry)
    with pytest.raises(InvalidCatalogueEntryError):
        Catalogue.start(company_id=ACME, kind=kind, entries=[entry])
    assert catalogue.collect_events() == []


def test_custom_fields_have_a_value_type_and_choice_fields_their_choices(
    acting: CommandContext,
) -> None:
    fields = Catalogue.start(company_id=ACME, kind=CUSTOM_FIELDS)
    size = Entry("size", "Tamaño", value_type=ValueType.CHOICE, choices=("Pequeña", "Grande"))

    fields.add(Entry("founded_on", "Fundada el", value_type=ValueType.DATE))
    fields.add(size)

    assert fields.entries["size"] == size
    assert replayed(Catalogue, fields.collect_events()).entries == fields.entries


def test_a_new_company_gets_every_catalogue_with_spanish_defaults(acting: CommandContext) -> None:
    catalogues = {catalogue.kind: catalogue for catalogue in default_catalogues(ACME)}

    assert set(catalogues) == set(CatalogueKind)
    assert {"appointment", "call", "quote", "renewal", "objection", "visit"} <= set(
        catalogues[TASK_TYPES].entries
    )
    assert catalogues[CatalogueKind.INCIDENT_TYPES].is_active("general")
    assert all(len(c.collect_events()) == 1 for c in catalogues.values())


def test_every_event_survives_the_stores_transcoding(acting: CommandContext) -> None:
    catalogue = Catalogue.start(company_id=ACME, kind=TASK_TYPES, entries=[CALL])
    catalogue.add(VISIT)
    catalogue.rename("visit", "Visita comercial")
    catalogue.prioritise("visit")
    catalogue.deprioritise("visit")
    catalogue.remove("call")

    assert_its_events_survive_the_stores_transcoding(catalogue)
