"""The event contract over HTTP, for subscribers and anyone writing one: the AsyncAPI document
(`/asyncapi.json`), the same as a page (`/asyncapi`), and each message's data schema at the URL
its envelopes name in `dataschema`. Public, like any API description: it holds no data."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse

from cronica.bus.asyncapi import asyncapi_document, data_schema_document
from cronica.bus.asyncapi_page import asyncapi_page
from cronica.bus.cloudevents import SCHEMAS_PATH
from cronica.bus.message_kinds import all_message_kinds


def event_contract_router(prefix: str, public_base_url: str) -> APIRouter:
    """The routes for subjects under `prefix`, with schema URLs under `public_base_url`; the
    document is generated once, when the app is made."""
    document = asyncapi_document(prefix, public_base_url)
    page = asyncapi_page(document)
    kinds = {kind.title: kind for kind in all_message_kinds()}
    router = APIRouter(include_in_schema=False)

    @router.get("/asyncapi.json")
    def asyncapi_json() -> JSONResponse:
        return JSONResponse(document)

    @router.get("/asyncapi")
    def asyncapi_html() -> HTMLResponse:
        return HTMLResponse(page)

    @router.get(SCHEMAS_PATH + "/{title}.json")
    def data_schema(title: str) -> JSONResponse:
        kind = kinds.get(title)
        if kind is None:
            raise HTTPException(404, f"no message is named {title!r}")
        return JSONResponse(
            data_schema_document(kind, public_base_url), media_type="application/schema+json"
        )

    return router
