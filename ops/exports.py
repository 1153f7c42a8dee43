"""Every list as a file: `GET /v1/exports/{list}.csv` and `GET /v1/exports/{list}.xlsx`.

`{list}` is any root connection of the GraphQL schema (`incidents`...), read through the GraphQL
API itself, with the viewer's token and company, a hundred rows a page: an export holds exactly
the rows and filters the API has. Query parameters are the list's arguments: `filter` and
`orderBy` as the JSON of the GraphQL input, enums and text as they are (`view=WEEK`),
`atLeastPosition` (or the X-Cronica-Position header) to include one's own last writes.
Refusals are problem+json: 401 without a valid token, 404 for no such list, 422 for arguments
the list does not take or GraphQL refuses, 403 and 503 as the list's query answers them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials
from graphql import GraphQLError

from cronica.commands.errors import AuthenticationError, ForbiddenError
from cronica.commands.http.guards import bearer
from cronica.commands.http.problems import (
    KINDS,
    InvalidHeaderError,
    ProblemKind,
    problem_response,
)
from cronica.graphql.context import Context
from cronica.graphql.errors import NotAllowedError, ReadApiError, ReadModelsBehindError
from cronica.graphql.read_api import ReadApi
from cronica.graphql.router import POSITION_HEADER
from cronica.graphql.schema import schema
from cronica.ops.export_files import XlsxBook, csv_header, csv_text
from cronica.ops.export_lists import ExportableList, InvalidExportError, exportable_lists
from cronica.ops.export_responses import EXPORT_PROBLEMS, LIST_ARGUMENTS

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UNKNOWN_LIST = ProblemKind(404, "unknown-list", "No such list")
INVALID_ARGUMENTS = ProblemKind(422, "invalid-export", "The arguments do not fit the list")
FORBIDDEN = KINDS[ForbiddenError]  # as a command refused for the caller's role
BEHIND = ProblemKind(503, "read-models-behind", "The read models have not caught up yet")

Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
ListName = Annotated[
    str, Path(description="A root connection of the GraphQL API: incidents, customers, tasks...")
]
Rows = list[list[Any]]


class ExportRefusedError(Exception):
    """Raised when an export cannot be made; answered as the problem it names."""

    def __init__(self, kind: ProblemKind, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind


@dataclass(frozen=True)
class Export:
    """One export under way: the list, the variables of its query and the reading context."""

    exportable: ExportableList
    variables: dict[str, Any]
    context: Context

    async def page(self, after: str | None) -> tuple[Rows, str | None]:
        """The rows after a cursor and the cursor of the next page (None: that was the last)."""
        variables = {**self.variables, "after": after}
        query = self.exportable.query(self.variables)
        result = await schema.execute(query, variable_values=variables, context_value=self.context)
        if result.errors:
            raise _refusal(result.errors)
        assert result.data is not None, "a query without errors has data"
        connection = result.data[self.exportable.name]
        rows = [self.exportable.row(edge["node"]) for edge in connection["edges"]]
        more = connection["pageInfo"]
        return rows, more["endCursor"] if more["hasNextPage"] else None

    async def pages(self, first: tuple[Rows, str | None]) -> AsyncIterator[Rows]:
        """The first page (already read, so refusals are answered before a file starts) and
        every page after it."""
        rows, after = first
        yield rows
        while after is not None:
            rows, after = await self.page(after)
            yield rows


def _refusal(errors: list[GraphQLError]) -> Exception:
    original = errors[0].original_error
    detail = "; ".join(error.message for error in errors)
    if original is None or isinstance(original, GraphQLError):  # arguments the schema refuses
        return ExportRefusedError(INVALID_ARGUMENTS, detail)
    if isinstance(original, ReadModelsBehindError):
        return ExportRefusedError(BEHIND, detail)
    if isinstance(original, NotAllowedError):
        return ExportRefusedError(FORBIDDEN, detail)
    if isinstance(original, ReadApiError):
        return ExportRefusedError(INVALID_ARGUMENTS, detail)
    return original  # the server's fault: an error 500, logged


def export_router(read_api: Callable[[], ReadApi]) -> APIRouter:
    """The export routes; `read_api` gives the process's ReadApi when a request comes."""
    router = APIRouter(prefix="/v1/exports", tags=["exports"])

    async def started(name: str, request: Request, credentials: Credentials) -> Export:
        api = read_api()
        token = credentials.credentials if credentials else ""
        viewer = await asyncio.to_thread(api.authenticate, token) if token else None
        if viewer is None:
            raise AuthenticationError("send a valid API token as `Authorization: Bearer <token>`")
        exportable = exportable_lists().get(name)
        if exportable is None:
            raise ExportRefusedError(UNKNOWN_LIST, f"there is no list {name!r} to export")
        try:
            variables = exportable.variables(dict(request.query_params))
        except InvalidExportError as error:
            raise ExportRefusedError(INVALID_ARGUMENTS, str(error)) from None
        return Export(exportable, variables, Context(api, viewer, _position(request)))

    @router.get(
        "/{name}.csv",
        summary="A list as CSV",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/csv": {}}}, **EXPORT_PROBLEMS},
        openapi_extra=LIST_ARGUMENTS,
    )
    async def export_csv(name: ListName, request: Request, credentials: Credentials) -> Response:
        try:
            export = await started(name, request, credentials)
            first = await export.page(None)
        except ExportRefusedError as refused:
            return problem_response(refused.kind, str(refused))

        async def lines() -> AsyncIterator[str]:
            yield csv_header(export.exportable.columns)
            async for rows in export.pages(first):
                yield csv_text(rows)

        return StreamingResponse(
            lines(), media_type="text/csv; charset=utf-8", headers=_attachment(f"{name}.csv")
        )

    @router.get(
        "/{name}.xlsx",
        summary="A list as an .xlsx spreadsheet",
        response_class=Response,
        responses={200: {"content": {XLSX_MEDIA_TYPE: {}}}, **EXPORT_PROBLEMS},
        openapi_extra=LIST_ARGUMENTS,
    )
    async def export_xlsx(name: ListName, request: Request, credentials: Credentials) -> Response:
        try:
            export = await started(name, request, credentials)
            first = await export.page(None)
            book = XlsxBook(name, export.exportable.columns)  # once there is one to write
            async for rows in export.pages(first):
                book.append(rows)
        except ExportRefusedError as refused:
            return problem_response(refused.kind, str(refused))
        content = await asyncio.to_thread(book.content)
        return Response(content, media_type=XLSX_MEDIA_TYPE, headers=_attachment(f"{name}.xlsx"))

    return router


def _position(request: Request) -> int | None:
    value = request.headers.get(POSITION_HEADER)
    if value is None:
        return None
    if not value.strip().isdigit():
        raise InvalidHeaderError(f"{POSITION_HEADER} must be an event store position")
    return int(value)


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}
