"""Catalogue commands (administrators only): add, rename and remove entries, choose which task
types are priority. Also a new company's default catalogues, and the check other commands make
that a code they are given is an active entry."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from cronica.commands.call import CommandCall, require_capability
from cronica.commands.catalogue_defaults import DEFAULT_ENTRIES
from cronica.commands.errors import RecordNotFoundError, UnknownReferenceError
from cronica.commands.models.catalogues import AddCatalogueEntry, RenameCatalogueEntry
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue import Catalogue, catalogue_id_for
from cronica.domain.catalogue_values import CatalogueKind, Entry
from cronica.domain.errors import UnknownCatalogueEntryError
from cronica.domain.roles import Capability


def default_catalogues(company_id: UUID) -> list[Catalogue]:
    """One catalogue of every kind with its default entries, to save with a new company (inside
    the decision that founds it: creating them triggers events)."""
    return [
        Catalogue.start(company_id=company_id, kind=kind, entries=DEFAULT_ENTRIES.get(kind, ()))
        for kind in CatalogueKind
    ]


def require_entry(call: CommandCall, kind: CatalogueKind, code: str, field: str) -> Entry:
    """The active entry of the company's catalogue with this code; a code that is not one (or
    was removed) is an unknown reference of the body's `field` (snake_case)."""
    catalogue = call.app.find(Catalogue, catalogue_id_for(call.who.company_id, kind), shared=True)
    if catalogue is None or not catalogue.is_active(code):
        raise UnknownReferenceError(field, f"{code!r} is not an entry of the {kind} catalogue")
    return catalogue.entries[code]


def _catalogue(call: CommandCall, kind: CatalogueKind) -> Catalogue:
    """The company's catalogue of this kind (at the If-Match version), or a new empty one for a
    company founded without it: its first entry starts it."""
    try:
        return call.load(Catalogue, catalogue_id_for(call.who.company_id, kind))
    except RecordNotFoundError:
        return Catalogue.start(company_id=call.who.company_id, kind=kind)


def _change_catalogue(
    call: CommandCall,
    kind: CatalogueKind,
    change: Callable[[Catalogue], None],
) -> Written:
    """Applies `change` to the company's catalogue; an entry code the catalogue lacks is the
    URL's fault (404), as for any record."""
    require_capability(call.who, Capability.ADMINISTER)

    def decide() -> list[CronicaAggregate]:
        catalogue = _catalogue(call, kind)
        try:
            change(catalogue)
        except UnknownCatalogueEntryError as error:
            raise RecordNotFoundError(str(error)) from None
        return [catalogue]

    return call.write(decide)


def add_catalogue_entry(
    call: CommandCall,
    kind: CatalogueKind,
    command: AddCatalogueEntry,
) -> Written:
    entry = Entry(
        command.code, command.name, command.colour, command.value_type, tuple(command.choices)
    )
    return _change_catalogue(call, kind, lambda catalogue: catalogue.add(entry))


def rename_catalogue_entry(
    call: CommandCall,
    kind: CatalogueKind,
    code: str,
    command: RenameCatalogueEntry,
) -> Written:
    return _change_catalogue(call, kind, lambda c: c.rename(code, command.name))


def remove_catalogue_entry(call: CommandCall, kind: CatalogueKind, code: str) -> Written:
    return _change_catalogue(call, kind, lambda catalogue: catalogue.remove(code))


def prioritise_task_type(call: CommandCall, code: str) -> Written:
    kind = CatalogueKind.TASK_TYPES
    return _change_catalogue(call, kind, lambda catalogue: catalogue.prioritise(code))


def deprioritise_task_type(call: CommandCall, code: str) -> Written:
    kind = CatalogueKind.TASK_TYPES
    return _change_catalogue(call, kind, lambda c: c.deprioritise(code))
