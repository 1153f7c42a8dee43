"""Catalogue commands over HTTP (administrators): add, rename and remove entries of a catalogue,
and mark task types priority or not."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from cronica.commands import catalogues
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.models.catalogues import AddCatalogueEntry, RenameCatalogueEntry
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.roles import Capability

router = APIRouter(prefix="/v1/catalogues", tags=["catalogues"])

Kind = Annotated[CatalogueKind, Path(description="Which of the company's catalogues.")]
Code = Annotated[str, Path(description="The entry's code.", max_length=50)]
CATALOGUES = RouteAccess(Capability.ADMINISTER, scope="the company's catalogues").route_options()


@router.post(
    "/{kind}/entries",
    status_code=201,
    summary="Add an entry to a catalogue",
    description="Answers the catalogue. A code in use is refused; the code of a removed entry "
    "brings it back as now defined. Only task types have a colour, and only custom fields a "
    "value type (and choices, for a `choice` field).",
    responses=problem_responses(400, 401, 403, 409, 412, 422),
    **CATALOGUES,
)
def add_entry(kind: Kind, body: AddCatalogueEntry, call: Call, response: Response) -> Accepted:
    written = catalogues.add_catalogue_entry(call, kind, body)
    return accepted(response, written)


@router.post(
    "/{kind}/entries/{code}/rename",
    summary="Rename a catalogue entry",
    description="Records keep the code: they show the new name.",
    responses=ACTION_PROBLEMS,
    **CATALOGUES,
)
def rename_entry(
    kind: Kind, code: Code, body: RenameCatalogueEntry, call: Call, response: Response
) -> Accepted:
    written = catalogues.rename_catalogue_entry(call, kind, code, body)
    return accepted(response, written)


@router.post(
    "/{kind}/entries/{code}/remove",
    summary="Remove a catalogue entry",
    description="Records that use the code keep it; new records may not use it.",
    responses=ACTION_PROBLEMS,
    **CATALOGUES,
)
def remove_entry(kind: Kind, code: Code, call: Call, response: Response) -> Accepted:
    written = catalogues.remove_catalogue_entry(call, kind, code)
    return accepted(response, written)


@router.post(
    "/task_types/entries/{code}/prioritise",
    summary="Make a task type priority",
    description="Tasks of a priority type show red, and yellow once someone takes charge.",
    responses=ACTION_PROBLEMS,
    **CATALOGUES,
)
def prioritise_task_type(code: Code, call: Call, response: Response) -> Accepted:
    written = catalogues.prioritise_task_type(call, code)
    return accepted(response, written)


@router.post(
    "/task_types/entries/{code}/deprioritise",
    summary="Make a task type no longer priority",
    responses=ACTION_PROBLEMS,
    **CATALOGUES,
)
def deprioritise_task_type(code: Code, call: Call, response: Response) -> Accepted:
    written = catalogues.deprioritise_task_type(call, code)
    return accepted(response, written)
