"""The event contract over HTTP, for subscribers and anyone writing one: the AsyncAPI document
(`/asyncapi.json`), the same as a page (`/asyncapi`), and each message's data schema at the URL
its envelopes name in `dataschema`. Public, like any API description: it holds no data."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse

from cronica.bus.asyncapi import asyncapi_document, data_schema_document
from cronica.bus.asyncapi_page import asyncapi_page
from cronica.bus.cloudevents import SCHEMAS_PATH
from cronica.bus.message_kinds import all_message_kinds


class Published(NamedTuple):
    """Where the relay publishes: the subject prefix, and the server's public URL (for schemas)."""

    prefix: str
    public_base_url: str


@lru_cache(maxsize=4)
def _document(published: Published) -> dict[str, Any]:
    return asyncapi_document(published.prefix, published.public_base_url)


@lru_cache(maxsize=4)
def _page(published: Published) -> str:
    return asyncapi_page(_document(published))


def event_contract_router(published: Callable[[], Published]) -> APIRouter:
    """The routes, for the prefix and URL the serving process is configured with (`published`,
    read at each request: the document is generated once per configuration)."""
    kinds = {kind.title: kind for kind in all_message_kinds()}
    router = APIRouter(include_in_schema=False)

    @router.get("/asyncapi.json")
    def asyncapi_json() -> JSONResponse:
        return JSONResponse(_document(published()))

    @router.get("/asyncapi")
    def asyncapi_html() -> HTMLResponse:
        return HTMLResponse(_page(published()))

    @router.get(SCHEMAS_PATH + "/{title}.json")
    def data_schema(title: str) -> JSONResponse:
        kind = kinds.get(title)
        if kind is None:
            raise HTTPException(404, f"no message is named {title!r}")
        schema = data_schema_document(kind, published().public_base_url)
        return JSONResponse(schema, media_type="application/schema+json")

    return router
