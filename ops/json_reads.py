"""Plain JSON reads beside GraphQL: `GET /v1/read/tasks` and `GET /v1/read/agenda` serve the rows
of the task list and of a user's week straight from the read models' query functions (the ones
the GraphQL fields page through), without GraphQL. They are the baseline the read-API benchmark
(ops/benchmark_read_api.py) measures the GraphQL latency against; a bearer token is required as
for every command.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, HTTPException, Query, Request, status

from cronica.commands.http.guards import Who
from cronica.commands.results import Principal
from cronica.graphql.paging import MAX_PAGE_SIZE
from cronica.graphql.read_api import Viewer
from cronica.projections.agenda.queries import agenda_page
from cronica.projections.agenda.visits import AgendaView, view_days
from cronica.projections.store import ReadStore
from cronica.projections.tasks.queries import list_tasks

First = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="How many rows, from the first.")]
UserId = Annotated[UUID | None, Query(alias="userId", description="Default: the caller.")]
Rows = list[dict[str, Any]]

router = APIRouter(prefix="/v1/read", tags=["reads"])


def _store(request: Request) -> ReadStore:
    store: ReadStore = request.app.state.container.store
    return store


def _as_viewer(who: Principal) -> Viewer:
    """The caller as GraphQL sees him, so that who reads what is decided as in GraphQL."""
    return Viewer(str(who.user_id), str(who.company_id), who.name, who.role)


@router.get("/tasks", summary="The first rows of the task list (newest first), as stored")
def read_tasks(request: Request, who: Who, first: First = 20) -> Rows:
    page = list_tasks(_store(request), str(who.company_id), None, [], 0, first)
    return [asdict(row) for row in page.rows]


@router.get("/agenda", summary="The first items of a user's agenda in one week, as stored")
def read_agenda(
    request: Request,
    who: Who,
    week: Annotated[date, Query(description="Any day of the week (weeks start on Monday).")],
    user_id: UserId = None,
    first: First = 100,
) -> Rows:
    owner = user_id or who.user_id
    if owner != who.user_id and not _as_viewer(who).supervises:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only managers and admins read others")
    days = view_days(AgendaView.WEEK, week)
    company_id = str(who.company_id)
    page = agenda_page(_store(request), company_id, [str(owner)], days, None, [], 0, first)
    return [asdict(row) for row in page.rows]
