"""Body of the company settings command (administrators only)."""

from __future__ import annotations

from pydantic import Field

from cronica.commands.models.base import CommandModel, Line
from cronica.domain.company_settings import LOCALE


class ChangeCompanySettings(CommandModel):
    """What to change; a setting left out keeps its value."""

    time_zone: Line | None = Field(
        default=None,
        max_length=60,
        description="An IANA time zone (default Europe/Madrid): the days of agendas and "
        "calendar feeds, and the times of exported spreadsheets.",
        examples=["Europe/Madrid", "Atlantic/Canary"],
    )
    locale: Line | None = Field(
        default=None,
        pattern=f"^{LOCALE.pattern}$",
        description="A language, maybe with a region (default es-ES). Exported CSV is split by "
        "`;` for languages that write a decimal comma (es, ca, fr, de, it, pt...), else by `,`.",
        examples=["es-ES", "en-GB"],
    )
