"""The app factory: one FastAPI app with the command API and the GraphQL read API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from cronica.commands.http.router import command_router, install_problem_handlers
from cronica.ops.container import Container
from cronica.ops.settings import Settings


def create_app(settings: Settings | None = None, *, run_projections: bool = True) -> FastAPI:
    """The HTTP app. With `run_projections`, projections run in this process (the embedded
    default); a deployment with `cronica worker` processes turns that off."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        container = Container.build(settings)
        app.state.container = container
        app.state.application = container.application
        if run_projections:
            container.start_projections()
        try:
            yield
        finally:
            container.close()

    app = FastAPI(
        title="Cronica",
        summary="An event-sourced CRM: commands over HTTP, reads over GraphQL.",
        version="0.1.0",
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    app.include_router(command_router())

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
