"""How /graphql answers over HTTP (the GraphQL-over-HTTP specification): the media type a
client asked for, and the status and body of a request that never reached execution.

A client that accepts `application/graphql-response+json` (preferring it to, or liking it as
much as, `application/json`) is answered with it: a request error (the body is not a GraphQL
request, the document does not parse or validate, a variable does not fit, the query is over a
limit) is a 4xx without `data`; once execution started, 200 with `data`. Every other client is
answered `application/json` as before: 200 for any GraphQL request, 4xx only for what is not
one. Either way an answer without execution has no `data` key (a syntax error is not a `data`
of null), and every error carries `extensions.code`.
"""

from typing import Any

from fastapi import Response
from fastapi.responses import JSONResponse
from strawberry.types import ExecutionResult

from cronica.graphql.errors import ErrorCode

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
LEGACY_JSON = "application/json"


def answer_media_type(accept: str | None) -> str:
    """The media type of the answer to a request with this Accept header."""
    weights: dict[str, float] = {}
    for offered in (accept or "").split(","):
        media_type, *parameters = (part.strip() for part in offered.split(";"))
        weights[media_type.lower()] = max(weights.get(media_type.lower(), 0.0), _weight(parameters))
    wanted = weights.get(GRAPHQL_RESPONSE_JSON, 0.0)
    return (
        GRAPHQL_RESPONSE_JSON
        if wanted > 0 and wanted >= weights.get(LEGACY_JSON, 0.0)
        else LEGACY_JSON
    )


def _weight(parameters: list[str]) -> float:
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


def never_executed(result: ExecutionResult) -> bool:
    """Whether the result is a request error: only errors of no field (parsing, validation,
    variables, limits) and no data."""
    return result.data is None and all(error.path is None for error in result.errors or ())


def in_media_type(response: Response, media_type: str, *, request_error: bool) -> Response:
    """The JSON answer strawberry made, in the media type asked for (400 for a request error
    in application/graphql-response+json)."""
    if media_type == GRAPHQL_RESPONSE_JSON and response.media_type == LEGACY_JSON:
        response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
        if request_error:
            response.status_code = 400
    return response


def error_answer(
    media_type: str,
    status: int,
    code: ErrorCode,
    message: str,
    headers: dict[str, str] | None = None,
) -> Response:
    """The answer to a request refused before any GraphQL work: one error, no `data`."""
    body: dict[str, Any] = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return JSONResponse(body, status, headers=headers, media_type=f"{media_type}; charset=utf-8")
