"""How `/graphql` is described in the OpenAPI document. strawberry's routes describe little (no
parameters, no body, only a 200): this states what they take and every answer they give, so a
client generated from the document, or a tester, meets nothing it was not told of. What a query
may ask is the GraphQL schema's to say (`/graphql` answers its introspection)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.routing import APIRoute

from cronica.graphql.http.export_responses import query_parameter
from cronica.graphql.http.viewers import POSITION_PARAMETER
from cronica.graphql.http_answers import GRAPHQL_RESPONSE_JSON, LEGACY_JSON

_NULLABLE_TEXT = {"type": ["string", "null"]}
GRAPHQL_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["query"],
    "properties": {
        "query": {"type": "string", "description": "A GraphQL document."},
        "variables": {"type": ["object", "null"]},
        "operationName": _NULLABLE_TEXT,
        "extensions": {"type": ["object", "null"]},
    },
}
GRAPHQL_RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "data": {"type": ["object", "null"]},
        "errors": {"type": "array", "items": {"type": "object"}},
        "extensions": {"type": "object"},
    },
}
_ANSWER = {
    media_type: {"schema": GRAPHQL_RESPONSE} for media_type in (LEGACY_JSON, GRAPHQL_RESPONSE_JSON)
}
"""A GraphQL response, in the media type the client accepts (graphql/http_answers.py)."""
_REFUSED_REQUEST = {
    "description": "A request that is not a GraphQL request (no query, a mutation over GET, "
    "variables or a body that are not a JSON object, another content type) or a malformed "
    "X-Cronica-Position header; answered in application/graphql-response+json, also a query "
    "that does not parse or validate. Errors only, each with its `extensions.code`.",
    "content": _ANSWER,
}
_UNAUTHENTICATED = {
    "description": "A query without a valid bearer token or session (the GraphiQL page needs "
    "none): an UNAUTHENTICATED error.",
    "content": _ANSWER,
}


def _query_parameter(name: str, description: str) -> dict[str, Any]:
    return query_parameter(name, description, schema={"type": "string"})


_DESCRIBED: dict[str, dict[str, Any]] = {
    "GET": {
        "summary": "Run a query given in the URL, or open GraphiQL",
        "responses": {
            200: {
                "description": "The query's answer; without a query, the GraphiQL page.",
                "content": {"text/html": {"schema": {"type": "string"}}, **_ANSWER},
            },
            400: _REFUSED_REQUEST,
            401: _UNAUTHENTICATED,
        },
        "openapi_extra": {
            "parameters": [
                _query_parameter("query", "A GraphQL query (no mutation over GET)."),
                _query_parameter("variables", "The query's variables, as a JSON object."),
                _query_parameter("operationName", "Which operation of the document to run."),
                POSITION_PARAMETER,
            ]
        },
    },
    "POST": {
        "summary": "Run a GraphQL query",
        "responses": {
            200: {"description": "The query's answer.", "content": _ANSWER},
            400: _REFUSED_REQUEST,
            401: _UNAUTHENTICATED,
        },
        "openapi_extra": {
            "parameters": [POSITION_PARAMETER],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": GRAPHQL_REQUEST}},
            },
        },
    },
}


def document_graphql(router: APIRouter) -> APIRouter:
    """The router, its GET and POST routes described."""
    for route in router.routes:
        if isinstance(route, APIRoute):
            described = _DESCRIBED[next(iter(route.methods or ()))]
            route.summary = described["summary"]
            route.responses = described["responses"]
            route.openapi_extra = {**(route.openapi_extra or {}), **described["openapi_extra"]}
    return router
