"""OpenAPI links from each create to the operations on what it made, so that a generated client or
a stateful tester chains create -> act without being told how.

They are read off the routes' paths, which follow one convention (DESIGN.md §3): a create posts
to a collection (`POST /v1/incidents`, `POST /v1/customers/{customerId}/contacts`; or to a name
under it, `POST /v1/tasks/history-notes`), and the operations on the record it made are under
`<collection>/{<record id>}/...`. Each path parameter of such an operation is given, in this
order, by the create's own path parameter of that name, the property of that name in the
create's answer (`contactId`, `sha256`) or in its body (a catalogue entry's `code`), or, for the
record id, the answer's `id`. An operation with a parameter none of these gives is not linked."""

from __future__ import annotations

import re
from typing import Any

_PARAMETER = re.compile(r"\{([^}]+)\}")


def document_links(document: dict[str, Any]) -> None:
    """Adds to every create's success answer a link to each operation on what it made."""
    paths: dict[str, dict[str, Any]] = document.get("paths", {})
    schemas = document.get("components", {}).get("schemas", {})
    for path, operations in paths.items():
        for operation in operations.values():
            created = operation.get("responses", {}).get("201")
            if created is None:
                continue
            answer = _properties(created, schemas)
            body = _properties(operation.get("requestBody", {}), schemas)
            links = {
                target["operationId"]: {"operationId": target["operationId"], "parameters": given}
                for target_path, target in _operations_under(paths, path)
                if (given := _parameters(path, target_path, answer, body)) is not None
            }
            if links:
                created["links"] = links


def _operations_under(
    paths: dict[str, dict[str, Any]], create_path: str
) -> list[tuple[str, dict[str, Any]]]:
    """The operations on a record of the create's collection: under the create's path, else
    (a create at a name under its collection) under its parent's."""
    for collection in (create_path, create_path.rpartition("/")[0]):
        found = [
            (path, operation)
            for path, operations in paths.items()
            if path.startswith(collection + "/{")
            for operation in operations.values()
        ]
        if found:
            return found
    return []


def _parameters(
    create_path: str, target_path: str, answer: set[str], body: set[str]
) -> dict[str, str] | None:
    """Where each path parameter of the target comes from; None if one comes from nowhere."""
    own = set(_PARAMETER.findall(create_path))
    record_id = next((name for name in _PARAMETER.findall(target_path) if name not in own), None)
    given: dict[str, str] = {}
    for name in _PARAMETER.findall(target_path):
        if name in own:
            given[name] = f"$request.path.{name}"
        elif name in answer:
            given[name] = f"$response.body#/{name}"
        elif name in body:
            given[name] = f"$request.body#/{name}"
        elif name == record_id and "id" in answer:
            given[name] = "$response.body#/id"
        else:
            return None
    return given


def _properties(holder: dict[str, Any], schemas: dict[str, Any]) -> set[str]:
    """The property names of the JSON schema of a response or request body."""
    names: set[str] = set()
    for media in holder.get("content", {}).values():
        schema = media.get("schema", {})
        if "$ref" in schema:
            schema = schemas.get(schema["$ref"].rsplit("/", 1)[1], {})
        names |= set(schema.get("properties", {}))
    return names
