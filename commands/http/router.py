"""The command API (DESIGN.md §3): every `POST /v1/...` route, and its problem+json errors."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands.http import (
    agenda,
    alerts,
    attachments,
    business_units,
    calendar_feeds,
    cases,
    catalogues,
    contacts,
    customer_parts,
    customers,
    emails,
    incidents,
    messages,
    notices,
    opportunities,
    projects,
    records,
    repair_orders,
    tasks,
    timesheets,
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
        customer_parts,
        contacts,
        incidents,
        alerts,
        timesheets,
        agenda,
        calendar_feeds,
        catalogues,
        cases,
        tasks,
        projects,
        repair_orders,
        opportunities,
        notices,
        attachments,
        messages,
        emails,
        records,
    ):
        router.include_router(module.router)
    return router
