"""How the read routes are described in the OpenAPI document: the problems of the exports (and
how any read route states its own), and the query parameters most lists take (every argument of
a list is accepted; these are the common ones)."""

from __future__ import annotations

from typing import Any

from cronica.graphql.http.refusals import PROBLEM_MEDIA_TYPE
from cronica.graphql.http.viewers import POSITION_PARAMETER

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


def problem_answers(descriptions: dict[int, str]) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a read route: each status answered with a Problem, described."""
    return {
        status: {"description": description, "content": _PROBLEM_CONTENT}
        for status, description in descriptions.items()
    }


EXPORT_PROBLEMS = problem_answers(_PROBLEMS)


def query_parameter(name: str, description: str, **form: Any) -> dict[str, Any]:
    """An optional query parameter, with its `schema` or its `content` (a JSON value)."""
    return {"name": name, "in": "query", "required": False, "description": description, **form}


def _json_parameter(name: str, description: str) -> dict[str, Any]:
    kind = "object" if name == "filter" else "array"
    return query_parameter(
        name, description, content={"application/json": {"schema": {"type": kind}}}
    )


LIST_ARGUMENTS: dict[str, Any] = {
    "parameters": [
        _json_parameter(
            "filter", 'The list\'s GraphQL filter input as JSON: {"status": {"eq": "OPEN"}}.'
        ),
        _json_parameter("orderBy", 'The list\'s GraphQL orderBy as JSON: [{"field": "NUMBER"}].'),
        query_parameter(
            "atLeastPosition",
            "Wait until the read models reach this event store position.",
            schema={"type": "integer"},
        ),
        POSITION_PARAMETER,
    ]
}
