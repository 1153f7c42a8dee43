"""The FastAPI router serving the schema at /graphql, with GraphiQL for browsers.

Every query needs `Authorization: Bearer <token>` or the web app's session cookie (HTTP 401,
UNAUTHENTICATED, otherwise); only the GraphiQL page itself (a GET without a query) is open, so a
browser can load it and send the token from it. Every error of an answer carries
`extensions.code` (graphql/errors.py); an unexpected one is answered with a generic text naming
the request's correlation id, under which it was logged. Answers follow GraphQL over HTTP in
the media type the client accepts (graphql/http_answers.py).
"""

from collections.abc import Callable
from typing import Any

import orjson
from cross_web import HTTPException as NotGraphQLRequest
from fastapi import Request, Response
from graphql import GraphQLError
from strawberry.fastapi import BaseContext, GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET

from cronica.graphql.context import Context
from cronica.graphql.errors import (
    ErrorCode,
    correlation_id,
    error_code,
    error_extensions,
    internal_message,
)
from cronica.graphql.http.refusals import ReadRefusedError, UnauthenticatedError
from cronica.graphql.http.viewers import requested_position, viewer_of
from cronica.graphql.http_answers import (
    answer_media_type,
    error_answer,
    in_media_type,
    never_executed,
)
from cronica.graphql.read_api import ReadApi
from cronica.graphql.schema import schema

_REQUEST_ERROR = "graphql_request_error"
"""The request state's flag: the answer is a request error (see `never_executed`)."""


def graphql_router(read_api: Callable[[], ReadApi], path: str = "/graphql") -> GraphQLRouter:
    """The router; `read_api` gives the process's ReadApi when a request comes (ops builds it
    in the app's lifespan, after the router is mounted)."""

    async def context(request: Request) -> Context | Refused | None:
        try:  # refused on every request, the GraphiQL page's too, as the OpenAPI document says
            position = requested_position(request)
        except ReadRefusedError as refusal:
            return Refused(refusal)
        if request.method == "GET" and "query" not in request.query_params:
            return None  # the GraphiQL page: nothing is executed
        api = read_api()
        viewer = await viewer_of(api, request)
        if viewer is None:
            required = "a valid `Authorization: Bearer <token>` header is required"
            return Refused(UnauthenticatedError(required))
        return Context(api, viewer, position)

    return ReadApiRouter(schema, path=path, context_getter=context, graphql_ide="graphiql")


class Refused(BaseContext):
    """The context of a request refused before any GraphQL work (no viewer, a bad header)."""

    def __init__(self, refusal: ReadRefusedError) -> None:
        super().__init__()
        self.refusal = refusal


class ReadApiRouter(GraphQLRouter[Any, None]):
    """Answers every error with its code, and no unexpected error with its own text."""

    def decode_json(self, data: str | bytes) -> object:
        """The JSON of a body or of `variables`, refused (400) unless an object or a list:
        strawberry reads keys of it (a JSON string was a 500), nor text in no Unicode encoding
        (strawberry catches only malformed JSON)."""
        try:
            decoded = super().decode_json(data)
        except UnicodeDecodeError as undecodable:
            raise NotGraphQLRequest(400, "the body is not JSON text (UTF-8)") from undecodable
        if not isinstance(decoded, dict | list):
            raise NotGraphQLRequest(400, "the JSON must be an object")
        return decoded

    def encode_json(self, data: object) -> str | bytes:
        """The answer as JSON, by orjson (a 100-row page is encoded many times faster than by
        the standard library); what orjson refuses (a whole number beyond 64 bits, a lone
        surrogate) by the standard library, as before."""
        try:
            return orjson.dumps(data)
        except orjson.JSONEncodeError:
            return super().encode_json(data)

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        media_type = answer_media_type(request.headers.get("accept"))
        if isinstance(context, Refused):
            return _refused(context.refusal, media_type)
        try:
            response: Response = await super().run(request, context, root_value)
        except NotGraphQLRequest as error:
            return error_answer(media_type, error.status_code, ErrorCode.BAD_REQUEST, error.reason)
        request_error = getattr(request.state, _REQUEST_ERROR, False)
        return in_media_type(response, media_type, request_error=request_error)

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        answer = process_result(result)
        if result.errors:
            answer["errors"] = [_shown(error, request) for error in result.errors]
            if never_executed(result):
                del answer["data"]
                setattr(request.state, _REQUEST_ERROR, True)
        return answer


def _refused(refusal: ReadRefusedError, media_type: str) -> Response:
    code = (
        ErrorCode.UNAUTHENTICATED
        if isinstance(refusal, UnauthenticatedError)
        else ErrorCode.BAD_USER_INPUT
    )
    return error_answer(media_type, refusal.status, code, str(refusal), refusal.headers)


def _shown(error: GraphQLError, request: Request) -> dict[str, Any]:
    shown: dict[str, Any] = dict(error.formatted)
    if error_code(error) == ErrorCode.INTERNAL_SERVER_ERROR:
        shown["message"] = internal_message(correlation_id(request))
    shown["extensions"] = error_extensions(error)
    return shown
