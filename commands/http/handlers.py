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
from starlette.routing import compile_path

from cronica.commands.errors import AuthenticationError, CommandError, TooManyRequestsError
from cronica.commands.http.guards import CommandAsked
from cronica.commands.http.header_rules import GUARD_HEADERS
from cronica.commands.http.links import document_links
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
    problem_responses,
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
    if error.status_code == HTTPStatus.METHOD_NOT_ALLOWED:
        headers["Allow"] = _documented_methods(request) or headers.get("Allow", "")
    return problem_response(kind, str(error.detail), None, headers)


def _documented_methods(request: Request) -> str:
    """The methods the OpenAPI document gives the request's path: Starlette's 405 names those of
    the path's first route only (`/graphql` has a route for GET and another for POST)."""
    paths: dict[str, dict[str, Any]] = request.app.openapi()["paths"]
    methods = {
        method.upper()
        for template, operations in paths.items()
        if compile_path(template)[0].fullmatch(request.url.path)
        for method in operations
    }
    return ", ".join(sorted(methods))


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
    FastAPI only registers models it puts under the routes' own media type; the refusals every
    route may meet; the links from creates to actions; and the access the routes of the read API
    declare (`route_access.OTHER_ROUTES`)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:  # made once, by the first call
            return app.openapi_schema
        document = build()
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        if "Problem" not in schemas:
            schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(schema.pop("$defs", {}))
            schemas["Problem"] = schema
        _document_refusals(document)
        document_links(document)
        document_access(document)
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def _document_refusals(document: dict[str, Any]) -> None:
    """States on every operation what the handlers above answer for any route: a request its
    parameters or body refuse is a 422 Problem (FastAPI documents its own HTTPValidationError
    instead); a malformed guard header, or a JSON body that is not JSON, a 400 Problem."""
    (refused,) = problem_responses(422).values()
    (malformed,) = problem_responses(400).values()
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            responses = operation["responses"]
            if "HTTPValidationError" in str(responses.get("422")):
                responses["422"] = refused
            headers = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
            json_body = "application/json" in operation.get("requestBody", {}).get("content", {})
            if headers & GUARD_HEADERS or json_body:
                responses.setdefault("400", malformed)
    schemas = document.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
