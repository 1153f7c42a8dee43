"""Every list as a file: `GET /v1/exports/{list}.csv` and `GET /v1/exports/{list}.xlsx`.

`{list}` is any root connection of the GraphQL schema (`incidents`...), read through the GraphQL
API itself, with the viewer's token and company, a hundred rows a page: an export holds exactly
the rows and filters the API has. Query parameters are the list's arguments: `filter` and
`orderBy` as the JSON of the GraphQL input, enums and text as they are (`view=WEEK`),
`atLeastPosition` (or the X-Cronica-Position header) to include one's own last writes. An
export pages through the list by keyset, as a client would: rows written meanwhile never make
it repeat or skip one. CSV takes `delimiter` (`,`, `;` or a tab; by default the company's
locale's); spreadsheet times are in the company's time zone (see `domain.company_settings`).
Refusals are problem+json: 401 without a valid token, 404 for no such list, 422 for arguments
the list does not take or GraphQL refuses, 403 and 503 as the list's query answers them.
"""

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from graphql import GraphQLError

from cronica.domain.company_settings import CompanySettings, CsvDelimiter
from cronica.graphql.context import Context
from cronica.graphql.errors import NotAllowedError, ReadApiError, ReadModelsBehindError
from cronica.graphql.http.export_files import XlsxBook, csv_header, csv_text
from cronica.graphql.http.export_lists import ExportableList, InvalidExportError, exportable_lists
from cronica.graphql.http.export_responses import EXPORT_PROBLEMS, LIST_ARGUMENTS
from cronica.graphql.http.refusals import ReadRefusedError
from cronica.graphql.http.viewers import authenticated, requested_position
from cronica.graphql.read_api import ReadApi, Viewer
from cronica.graphql.schema import schema
from cronica.projections.companies.queries import settings_of

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

ListName = Annotated[
    str, Path(description="A root connection of the GraphQL API: incidents, customers, tasks...")
]
Rows = list[list[Any]]
DELIMITERS = {",": CsvDelimiter.COMMA, ";": CsvDelimiter.SEMICOLON, "\t": CsvDelimiter.TAB}
DELIMITERS["tab"] = CsvDelimiter.TAB
Delimiter = Annotated[
    str | None,
    Query(
        description="What splits a line's values: `,`, `;` or a tab (`%09` or `tab`). By "
        "default, what the company's locale expects (`;` for es-ES).",
        json_schema_extra={"enum": list(DELIMITERS)},
    ),
]


class UnknownListError(ReadRefusedError):
    """Raised when the name is no root connection of the GraphQL schema."""

    status, slug, title = 404, "unknown-list", "No such list"


class InvalidArgumentsError(ReadRefusedError):
    """Raised when the list does not take the arguments, or GraphQL refuses them."""

    status, slug, title = 422, "invalid-export", "The arguments do not fit the list"


class ExportForbiddenError(ReadRefusedError):
    """Raised when the viewer's role may not read the list so: as a command refused for it."""

    status, slug, title = 403, "forbidden", "The caller's role does not allow this"


class ExportBehindError(ReadRefusedError):
    """Raised when the read models have not reached the position the export waits for."""

    status, slug, title = 503, "read-models-behind", "The read models have not caught up yet"


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

    async def settings(self) -> CompanySettings:
        """The company's settings; read after the first page, which waits for the position
        asked for (a change of settings is read as any other write)."""
        return await self.context.api.run(settings_of, self.context.viewer.company_id)

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
        return InvalidArgumentsError(detail)
    if isinstance(original, ReadModelsBehindError):
        return ExportBehindError(detail)
    if isinstance(original, NotAllowedError):
        return ExportForbiddenError(detail)
    if isinstance(original, ReadApiError):
        return InvalidArgumentsError(detail)
    return original  # the server's fault: an error 500, logged


def export_router(read_api: Callable[[], ReadApi]) -> APIRouter:
    """The export routes; `read_api` gives the process's ReadApi when a request comes."""
    router = APIRouter(prefix="/v1/exports", tags=["exports"])
    # Evaluated here, not postponed: FastAPI reads the closure's annotations at runtime.
    Reader = Annotated[Viewer, Depends(authenticated(read_api))]

    def started(name: str, request: Request, viewer: Viewer) -> Export:
        exportable = exportable_lists().get(name)
        if exportable is None:
            raise UnknownListError(f"there is no list {name!r} to export")
        arguments = {k: v for k, v in request.query_params.items() if k != "delimiter"}
        try:
            variables = exportable.variables(arguments)
        except InvalidExportError as error:
            raise InvalidArgumentsError(str(error)) from None
        context = Context(read_api(), viewer, requested_position(request))
        return Export(exportable, variables, context)

    @router.get(
        "/{name}.csv",
        summary="A list as CSV",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/csv": {}}}, **EXPORT_PROBLEMS},
        openapi_extra=LIST_ARGUMENTS,
    )
    async def export_csv(
        name: ListName, request: Request, viewer: Reader, delimiter: Delimiter = None
    ) -> Response:
        split_by = DELIMITERS.get(delimiter) if delimiter is not None else None
        if delimiter is not None and split_by is None:
            raise InvalidArgumentsError("delimiter must be ',', ';' or a tab")
        export = started(name, request, viewer)
        first = await export.page(None)  # before the file starts, so refusals are answered
        split_by = split_by or (await export.settings()).csv_delimiter

        async def lines() -> AsyncIterator[str]:
            yield csv_header(export.exportable.columns, split_by)
            async for rows in export.pages(first):
                yield csv_text(rows, split_by)

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
    async def export_xlsx(name: ListName, request: Request, viewer: Reader) -> Response:
        export = started(name, request, viewer)
        first = await export.page(None)
        book = XlsxBook(name, export.exportable.columns, (await export.settings()).zone)
        async for rows in export.pages(first):
            book.append(rows)
        content = await asyncio.to_thread(book.content)
        return Response(content, media_type=XLSX_MEDIA_TYPE, headers=_attachment(f"{name}.xlsx"))

    return router


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}
