"""The web app for people, served at / by the same process as the APIs it is a client of.

Every path that is neither an API's nor a file of the build answers the app's index.html, so a
deep link (/incidents/<id>) works on reload; without a build, / says how to make one."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

# Paths of the APIs: an unknown one answers their 404, never the app's page.
API_PREFIXES = ("v1/", "graphql", "openapi.json", "docs", "redoc", "health", "metrics", "asyncapi")

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cronica</title></head>
<body><main><h1>Cronica</h1>
<p>The web app is not built: it needs Node.js 20 or later. Install it (Debian: <code>apt-get
install nodejs npm</code>) and run <code>make run</code> again, or build it with <code>npm ci
&amp;&amp; npm run build</code> in <code>web/</code>.</p>
<p>The APIs are served meanwhile: <a href="/graphql">GraphQL</a> and <a href="/docs">the command
API</a>.</p></main></body></html>
"""


class WebApp(StaticFiles):
    """The build's files; index.html for any other path outside the APIs."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        if path.startswith(API_PREFIXES):
            # Whatever the method: an unknown API path is the API's 404, not the app's 405.
            raise HTTPException(status_code=404)
        try:
            response = await super().get_response(path, scope)
        except HTTPException as missing:
            # A missing file of the build is missing; any other path is a screen of the app.
            if missing.status_code != 404 or path.startswith("assets/"):
                raise
            return await super().get_response("index.html", scope)
        if path.startswith("assets/"):
            # Vite names every asset by its content's hash: a changed file has a new name.
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        else:
            response.headers["Cache-Control"] = "no-cache"
        return response


def mount_web_app(app: FastAPI, build: Path) -> None:
    """Serves the app where no route of the APIs matches a request: as the router's default,
    not a mount at /, so that a path an API serves with other methods still answers 405 with
    its `Allow` header (a mount would match it first)."""
    if (build / "index.html").is_file():
        app.router.default = WebApp(directory=build, html=True)
        return

    @app.get("/", include_in_schema=False)
    def web_app_not_built() -> HTMLResponse:
        return HTMLResponse(NOT_BUILT)
