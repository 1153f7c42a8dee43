"""The command API (DESIGN.md §3): every `POST /v1/...` route, and its problem+json errors."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.routing import BaseRoute

from cronica.commands.http import (
    agenda,
    alerts,
    api_tokens,
    attachments,
    business_units,
    calendar_feeds,
    cases,
    catalogues,
    company_settings,
    contacts,
    customer_parts,
    customers,
    emails,
    handlers,
    incidents,
    messages,
    notices,
    opportunities,
    projects,
    records,
    repair_orders,
    sessions,
    tasks,
    timesheets,
    users,
)
from cronica.commands.http.refusal_audit import install_refusal_audit

__all__ = ["command_routes", "install_problem_handlers"]


def install_problem_handlers(app: FastAPI) -> None:
    """Every refusal answered as problem+json, permission refusals audited first."""
    handlers.install_problem_handlers(app)
    install_refusal_audit(app)


def command_routes() -> list[BaseRoute]:
    """Every command route; each needs a bearer token or a session (the `principal`
    dependency), but signing in and accepting an invitation.

    The routes themselves, for the app's own router: an included router is matched again at
    each level of inclusion, route by route, on every request (a third of a command's time in
    the HTTP layer, with two levels)."""
    routes: list[BaseRoute] = []
    for module in (
        sessions,
        api_tokens,
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
        company_settings,
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
        routes += module.router.routes
    return routes
