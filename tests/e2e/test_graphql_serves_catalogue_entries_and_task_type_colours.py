"""Catalogues are read by everyone of the company: `catalogueEntries` lists each catalogue's
entries as added (a company starts with its defaults), with task types' colours and priority,
following every change (added, renamed, prioritised, removed and added again); a task shows its
type's entry, colour included. Another company's catalogues are its own."""

from __future__ import annotations

from datetime import UTC, datetime

from cronica.commands.call import CommandCall
from cronica.commands.catalogues import (
    add_catalogue_entry,
    prioritise_task_type,
    remove_catalogue_entry,
    rename_catalogue_entry,
)
from cronica.commands.models.catalogues import AddCatalogueEntry, RenameCatalogueEntry
from cronica.domain.catalogue_values import CatalogueKind
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.office import Office, call_of
from tests.fixtures.staff.task_office import TaskOffice, work

ENTRIES = """
query ($filter: CatalogueEntryFilter) {
  catalogueEntries(filter: $filter, first: 100) {
    totalCount edges { node { kind code name colour priority removed place } }
  }
}
"""
TASK_TYPES = {"kind": {"eq": "TASK_TYPES"}}


def test_catalogue_entries_show_colours_priority_and_every_change(settings: Settings) -> None:
    with running_app(settings) as api:
        admin = api.hire("Ana Admin", "admin")
        defaults = api.read(admin, ENTRIES, filter=TASK_TYPES)["catalogueEntries"]
        first = defaults["edges"][0]["node"]
        assert first == {
            "kind": "TASK_TYPES",
            "code": "appointment",
            "name": "Cita",
            "colour": "#1f6feb",
            "priority": False,
            "removed": False,
            "place": 0,
        }
        count = defaults["totalCount"]

        def admin_call() -> CommandCall:
            return call_of(api.app, admin.who)

        kind = CatalogueKind.TASK_TYPES
        added = AddCatalogueEntry(code="demo", name="Demostración", colour="#123456")
        add_catalogue_entry(admin_call(), kind, added)
        rename_catalogue_entry(admin_call(), kind, "demo", RenameCatalogueEntry(name="Demo"))
        prioritise_task_type(admin_call(), "demo")
        remove_catalogue_entry(admin_call(), kind, "call")

        entries = api.read(admin, ENTRIES, filter=TASK_TYPES)["catalogueEntries"]
        shown = {edge["node"]["code"]: edge["node"] for edge in entries["edges"]}
        assert entries["totalCount"] == count + 1
        assert shown["demo"] == {
            "kind": "TASK_TYPES",
            "code": "demo",
            "name": "Demo",
            "colour": "#123456",
            "priority": True,
            "removed": False,
            "place": count,
        }
        assert shown["call"]["removed"] is True
        again = AddCatalogueEntry(code="call", name="Llamada")
        add_catalogue_entry(admin_call(), kind, again)
        active = {**TASK_TYPES, "removed": {"eq": False}, "code": {"eq": "call"}}
        [call] = api.read(admin, ENTRIES, filter=active)["catalogueEntries"]["edges"]
        assert (call["node"]["place"], call["node"]["colour"]) == (count + 1, None)

        incident_types = api.read(admin, ENTRIES, filter={"kind": {"eq": "INCIDENT_TYPES"}})
        assert incident_types["catalogueEntries"]["totalCount"] > 0
        outsider = api.hire("Gus", "admin", Office(api.app, slug="globex"))
        theirs = api.read(outsider, ENTRIES, filter=TASK_TYPES)["catalogueEntries"]
        assert theirs["totalCount"] == count


def test_a_task_shows_its_types_name_and_colour(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        starts = datetime(2026, 3, 2, 9, tzinfo=UTC)
        TaskOffice(api.office).plan(agent.who, customer, work("Visitar", starts, type="visit"))
        query = "{ tasks { edges { node { type typeEntry { name colour } } } } }"
        [task] = api.read(agent, query)["tasks"]["edges"]
        assert task["node"] == {
            "type": "visit",
            "typeEntry": {"name": "Visita", "colour": "#0a7ea4"},
        }
