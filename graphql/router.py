"""The FastAPI router serving the schema at /graphql, with GraphiQL for browsers.

Every query needs `Authorization: Bearer <token>` or the web app's session cookie (HTTP 401
otherwise); only the GraphiQL page
itself (a GET without a query) is open, so a browser can load it and send the token from it.
Every error of an answer carries `extensions.code` (graphql/errors.py); an unexpected one is
answered with a generic text naming the request's correlation id, under which it was logged.
"""

from collections.abc import Callable
from typing import Any

from cross_web import HTTPException as StrawberryHTTPException
from fastapi import HTTPException, Request, status
from graphql import GraphQLError
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.types import ExecutionResult

from cronica.graphql.context import Context
from cronica.graphql.errors import (
    INTERNAL_SERVER_ERROR,
    correlation_id,
    error_code,
    internal_message,
)
from cronica.graphql.http.refusals import InvalidPositionError
from cronica.graphql.http.viewers import requested_position, viewer_of
from cronica.graphql.read_api import ReadApi, Viewer
from cronica.graphql.schema import schema


def graphql_router(read_api: Callable[[], ReadApi], path: str = "/graphql") -> GraphQLRouter:
    """The router; `read_api` gives the process's ReadApi when a request comes (ops builds it
    in the app's lifespan, after the router is mounted)."""

    async def context(request: Request) -> Context | None:
        position = _position(request)  # refused on every request, as the document states
        if request.method == "GET" and "query" not in request.query_params:
            return None  # the GraphiQL page: nothing is executed
        api = read_api()
        return Context(api, await _viewer(api, request), position)

    return ReadApiRouter(schema, path=path, context_getter=context, graphql_ide="graphiql")


class ReadApiRouter(GraphQLRouter[Any, None]):
    """Answers every error with its code, and no unexpected error with its own text."""

    def decode_json(self, data: str | bytes) -> object:
        """The JSON of a body or of `variables`, refused (400) unless an object or a list:
        strawberry reads keys of it."""
        decoded = super().decode_json(data)
        if not isinstance(decoded, dict | list):
            raise StrawberryHTTPException(400, "the JSON must be an object")
        return decoded

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        answer = process_result(result)
        if result.errors:
            answer["errors"] = [_shown(error, request) for error in result.errors]
        return answer


def _shown(error: GraphQLError, request: Request) -> dict[str, Any]:
    shown: dict[str, Any] = dict(error.formatted)
    code = error_code(error)
    if code == INTERNAL_SERVER_ERROR:
        shown["message"] = internal_message(correlation_id(request))
    shown["extensions"] = {**shown.get("extensions", {}), "code": code}
    return shown


async def _viewer(api: ReadApi, request: Request) -> Viewer:
    viewer = await viewer_of(api, request)
    if viewer is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a valid `Authorization: Bearer <token>` header is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return viewer


def _position(request: Request) -> int | None:
    try:
        return requested_position(request)
    except InvalidPositionError as error:  # /graphql answers it as a plain 400, as it always has
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from None
