"""Exception handlers turning every refusal into problem+json, and the OpenAPI schema they cite."""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import Response

from cronica.commands.errors import AuthenticationError, CommandError, TooManyRequestsError
from cronica.commands.http.guards import CommandAsked
from cronica.commands.http.problems import (
    CORRELATION_HEADER,
    INVALID_BODY,
    MALFORMED_JSON,
    FieldProblem,
    InvalidHeaderError,
    Problem,
    ProblemKind,
    fields_of,
    kind_of,
    problem_response,
)
from cronica.commands.http.route_access import document_access
from cronica.domain.errors import DomainError


def install_problem_handlers(app: FastAPI) -> None:
    """Answers every error of the command API as problem+json and documents the Problem schema."""
    for error_class in (CommandError, DomainError, InvalidHeaderError):
        app.add_exception_handler(error_class, on_refusal)
    app.add_exception_handler(RequestValidationError, _on_invalid_request)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _on_http_error)  # type: ignore[arg-type]
    _document_problems(app)


def _echoed(request: Request) -> dict[str, str]:
    """The correlation id, when the request got as far as being given one."""
    correlation_id = getattr(request.state, "correlation_id", None)
    return {CORRELATION_HEADER: correlation_id} if correlation_id else {}


async def on_refusal(request: Request, error: Exception) -> Response:
    kind = kind_of(error)
    headers = _echoed(request)
    if isinstance(error, AuthenticationError):
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(error, TooManyRequestsError):
        headers["Retry-After"] = str(error.retry_after)
    return problem_response(kind, str(error), fields_of(error), headers)


async def _on_invalid_request(request: Request, error: RequestValidationError) -> Response:
    """A refused body or parameter, answered once the command's guards let the caller through:
    whoever may not make the command is told that first, whatever the body (guards.py)."""
    asked = getattr(request.state, "asked", None)
    if isinstance(asked, CommandAsked):
        try:
            await run_in_threadpool(asked.call)
        except (CommandError, DomainError, InvalidHeaderError) as refusal:
            return await _handled(request, refusal)
    issues = error.errors()
    if any(issue["type"] == "json_invalid" for issue in issues):
        detail = "; ".join(str(issue.get("ctx", {}).get("error", "")) for issue in issues)
        return problem_response(MALFORMED_JSON, detail or "malformed JSON", None, _echoed(request))
    fields = [FieldProblem(field=_field(issue["loc"]), message=issue["msg"]) for issue in issues]
    detail = "invalid: " + ", ".join(dict.fromkeys(problem.field for problem in fields))
    return problem_response(INVALID_BODY, detail, fields, _echoed(request))


async def _handled(request: Request, error: Exception) -> Response:
    """The answer of the app's handler for the error's class (or its nearest base)."""
    handlers = request.app.exception_handlers
    handler = next(handlers[cls] for cls in type(error).__mro__ if cls in handlers)
    answer: Response = await handler(request, error)
    return answer


async def _on_http_error(request: Request, error: HTTPException) -> Response:
    phrase = HTTPStatus(error.status_code).phrase
    kind = ProblemKind(error.status_code, "about:blank", phrase)
    headers = {**(error.headers or {}), **_echoed(request)}
    return problem_response(kind, str(error.detail), None, headers)


def _field(loc: Sequence[str | int]) -> str:
    """`("body", "article", "warrantyEndsOn")` -> `article.warrantyEndsOn`; a header or a path
    parameter by its name."""
    where, *path = loc
    if where != "body":
        return ".".join(str(part) for part in path) or str(where)
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".") or "body"


def _document_problems(app: FastAPI) -> None:
    """Adds Problem (which routes cite under application/problem+json) to the OpenAPI components:
    FastAPI only registers models it puts under the routes' own media type; and the access the
    routes of the read API declare (`route_access.OTHER_ROUTES`)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        document = build()
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        if "Problem" not in schemas:
            schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(schema.pop("$defs", {}))
            schemas["Problem"] = schema
        document_access(document)
        return document

    app.openapi = openapi  # type: ignore[method-assign]
