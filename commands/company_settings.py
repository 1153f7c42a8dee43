"""The company settings command (administrators only): its time zone and locale."""

from __future__ import annotations

from cronica.commands.call import CommandCall, require_capability
from cronica.commands.models.company_settings import ChangeCompanySettings
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.company import Company
from cronica.domain.roles import Capability


def change_company_settings(call: CommandCall, command: ChangeCompanySettings) -> Written:
    require_capability(call.who, Capability.ADMINISTER)

    def decide() -> list[CronicaAggregate]:
        company = call.load(Company, call.who.company_id)
        company.change_settings(command.time_zone, command.locale)
        return [company]

    return call.write(decide)
