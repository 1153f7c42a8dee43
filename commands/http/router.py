"""The command API (DESIGN.md §3): every `POST /v1/...` route, and its problem+json errors."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands.http import (
    alerts,
    business_units,
    customers,
    incidents,
    users,
)
from cronica.commands.http.handlers import install_problem_handlers

__all__ = ["command_router", "install_problem_handlers"]


def command_router() -> APIRouter:
    """Every command route; each needs a bearer token (the `principal` dependency)."""
    router = APIRouter()
    for module in (
        business_units,
        users,
        customers,
        incidents,
        alerts,
    ):
        router.include_router(module.router)
    return router
