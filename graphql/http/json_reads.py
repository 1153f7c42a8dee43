"""Plain JSON reads beside GraphQL: `GET /v1/read/tasks` and `GET /v1/read/agenda` serve the rows
of the task list and of a user's week straight from the read models' query functions (the ones
the GraphQL fields page through), without GraphQL. They are the baseline the read-API benchmark
(ops/benchmarks/read_api.py) measures the GraphQL latency against; a bearer token is required as
for every read. The app mounts them only when CRONICA_BENCHMARK_ENDPOINTS asks for them.
"""

import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query, status
from pydantic import BeforeValidator

from cronica.graphql.http.export_responses import problem_answers
from cronica.graphql.http.viewers import authenticated
from cronica.graphql.paging import MAX_PAGE_SIZE
from cronica.graphql.read_api import ReadApi, Viewer
from cronica.projections.agenda.queries import agenda_page
from cronica.projections.agenda.visits import AgendaView, view_days
from cronica.projections.companies.queries import settings_of
from cronica.projections.paging import Window
from cronica.projections.tasks.queries import list_tasks
from cronica.projections.users.queries import users_by_ids

First = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="How many rows, from the first.")]


def _full_date(value: object) -> object:
    """A day only as its format says (YYYY-MM-DD): pydantic would also take a number of seconds."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) is None:
        raise ValueError("must be a day, YYYY-MM-DD")
    return value


Week = Annotated[
    date,
    BeforeValidator(_full_date),
    Query(description="Any day of the week (weeks start on Monday)."),
]
UserId = Annotated[UUID | None, Query(alias="userId", description="Default: the caller.")]
Rows = list[dict[str, Any]]
UNAUTHENTICATED = "No bearer token or session, or an unknown or revoked one."
INVALID = "A query parameter out of its bounds."


def json_reads_router(read_api: Callable[[], ReadApi]) -> APIRouter:
    """The JSON read routes; `read_api` gives the process's ReadApi when a request comes. Who
    reads what is decided as in GraphQL, by the viewer."""
    router = APIRouter(prefix="/v1/read", tags=["reads"])
    # Evaluated here, not postponed: FastAPI reads the closure's annotations at runtime.
    Reader = Annotated[Viewer, Depends(authenticated(read_api))]

    @router.get(
        "/tasks",
        summary="The first rows of the task list (newest first), as stored",
        responses=problem_answers({401: UNAUTHENTICATED, 422: INVALID}),
    )
    def read_tasks(viewer: Reader, first: First = 20) -> Rows:
        page = list_tasks(read_api().store, viewer.scope, None, [], Window(first=first))
        return [asdict(row) for row in page.rows]

    @router.get(
        "/agenda",
        summary="The first items of a user's agenda in one week, as stored",
        responses=problem_answers(
            {
                401: UNAUTHENTICATED,
                403: "Another user's agenda, read by other than his managers.",
                422: INVALID,
            }
        ),
    )
    def read_agenda(
        viewer: Reader,
        week: Week,
        user_id: UserId = None,
        first: First = 100,
    ) -> Rows:
        owner = str(user_id) if user_id else viewer.user_id
        store = read_api().store
        found = users_by_ids(store, viewer.company_id, [owner]).get(owner)
        if found is None or not viewer.reads_work_of(found.id, found.unit_id):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "only his managers read another's")
        days = view_days(AgendaView.WEEK, week)
        zone = settings_of(store, viewer.company_id).zone
        page = agenda_page(store, viewer.scope, [owner], days, None, [], Window(first=first), zone)
        return [asdict(row) for row in page.rows]

    return router
