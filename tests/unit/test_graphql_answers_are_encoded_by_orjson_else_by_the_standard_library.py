"""The GraphQL router encodes its answers with orjson, and what orjson refuses (a whole number
beyond 64 bits, a lone surrogate) with the standard library, as it did before."""

from __future__ import annotations

import json

from cronica.graphql.read_api import ReadApi
from cronica.graphql.router import graphql_router


def _no_read_api() -> ReadApi:
    raise AssertionError("encoding reads nothing")


ROUTER = graphql_router(_no_read_api)


def test_an_answer_is_encoded_compactly_by_orjson() -> None:
    answer = {"data": {"tasks": [{"id": "1", "title": "Llamar a Pérez", "done": False}]}}
    encoded = ROUTER.encode_json(answer)
    assert isinstance(encoded, bytes)  # orjson's; the standard library answers text
    assert (
        encoded == '{"data":{"tasks":[{"id":"1","title":"Llamar a Pérez","done":false}]}}'.encode()
    )


def test_what_orjson_refuses_is_encoded_by_the_standard_library() -> None:
    for refused in ({"data": {"big": 2**70}}, {"data": {"text": "\ud800"}}):
        assert ROUTER.encode_json(refused) == json.dumps(refused, separators=(",", ":"))
