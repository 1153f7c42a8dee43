"""How the export routes are described in the OpenAPI document: their problems and the query
parameters most lists take (every argument of a list is accepted; these are the common ones)."""

from __future__ import annotations

from typing import Any

from cronica.graphql.http.refusals import PROBLEM_MEDIA_TYPE

_PROBLEM_CONTENT = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
_PROBLEMS = {
    400: "A malformed X-Cronica-Position header.",
    401: "No bearer token, or an unknown or revoked one.",
    403: "The caller's role does not allow reading the list with these arguments.",
    404: "No list of that name: lists are the GraphQL API's root connections.",
    422: "An argument the list does not take, JSON that is not, an input GraphQL refuses, or "
    "(CSV) a delimiter other than `,`, `;` or a tab.",
    503: "The read models have not reached atLeastPosition yet; try again shortly.",
}

EXPORT_PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {"description": description, "content": _PROBLEM_CONTENT}
    for status, description in _PROBLEMS.items()
}


def _json_parameter(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "content": {
            "application/json": {"schema": {"type": "object" if name == "filter" else "array"}}
        },
    }


LIST_ARGUMENTS: dict[str, Any] = {
    "parameters": [
        _json_parameter(
            "filter", 'The list\'s GraphQL filter input as JSON: {"status": {"eq": "OPEN"}}.'
        ),
        _json_parameter("orderBy", 'The list\'s GraphQL orderBy as JSON: [{"field": "NUMBER"}].'),
        {
            "name": "atLeastPosition",
            "in": "query",
            "required": False,
            "description": "Wait until the read models reach this event store position.",
            "schema": {"type": "integer"},
        },
    ]
}
