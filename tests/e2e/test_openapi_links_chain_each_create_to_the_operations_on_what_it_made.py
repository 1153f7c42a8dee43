"""The OpenAPI document links each create to the operations on the record it made, so a generated
client or a stateful tester chains create -> act: the record's id from the create's answer, the
create's own path parameters passed on, a part's id from the answer, a code from the body."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings


def _links(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each create's path -> its links."""
    return {
        path: operations["post"]["responses"]["201"].get("links", {})
        for path, operations in document["paths"].items()
        if "201" in operations.get("post", {}).get("responses", {})
    }


def test_every_create_links_to_the_operations_on_what_it_made(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()
    where = {
        operation["operationId"]: path
        for path, operations in document["paths"].items()
        for operation in operations.values()
    }
    links = _links(document)

    assert all(links.values()), [path for path, found in links.items() if not found]
    for create, found in links.items():
        for link in found.values():  # every parameter of the target's path is given
            target = where[link["operationId"]]
            assert set(re.findall(r"\{(\w+)\}", target)) == set(link["parameters"]), create
    assert {where[link["operationId"]] for link in links["/v1/incidents"].values()} == {
        f"/v1/incidents/{{incidentId}}/{verb}"
        for verb in ("assign", "follow-up", "close", "reopen")
    }
    assert {link["parameters"]["incidentId"] for link in links["/v1/incidents"].values()} == {
        "$response.body#/id"
    }
    (change, _remove) = links["/v1/customers/{customerId}/contacts"].values()
    assert change["parameters"] == {
        "customerId": "$request.path.customerId",
        "contactId": "$response.body#/contactId",
    }
    entries = links["/v1/catalogues/{kind}/entries"].values()
    assert {link["parameters"]["code"] for link in entries} == {"$request.body#/code"}
    assert [link["parameters"] for link in links["/v1/attachments"].values()] == [
        {"sha256": "$response.body#/sha256"}
    ]
    assert sum(len(found) for found in links.values()) >= 100
