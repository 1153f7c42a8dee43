"""The company settings command over HTTP (administrators)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from cronica.commands.company_settings import change_company_settings
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.commands.models.company_settings import ChangeCompanySettings
from cronica.domain.roles import Capability

router = APIRouter(prefix="/v1/company", tags=["company"])


@router.post(
    "/settings",
    summary="Change the company's time zone or locale",
    description="Answers the company. The time zone (an IANA name, default Europe/Madrid) "
    "sets the days of agendas and calendar feeds and the times of exported spreadsheets; the "
    "locale (default es-ES) sets the delimiter of exported CSV (`;` where a decimal comma is "
    "written, else `,`). A setting left out keeps its value.",
    responses=problem_responses(400, 401, 403, 412, 422),
    **RouteAccess(Capability.ADMINISTER, scope="the company's settings").route_options(),
)
def change_settings(body: ChangeCompanySettings, call: Call, response: Response) -> Accepted:
    return accepted(response, change_company_settings(call, body))
