"""Body of the company settings command (administrators only)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema

from cronica.commands.models.base import Line
from cronica.commands.models.own_records import Amendment
from cronica.domain.company_settings import (
    LOCALE,
    TIME_ZONES,
    InvalidTimeZoneError,
    checked_time_zone,
)


def _time_zone(name: str) -> str:
    try:
        return checked_time_zone(name)
    except InvalidTimeZoneError as error:
        raise ValueError(str(error)) from None


class ChangeCompanySettings(Amendment):
    """What to change (at least one setting); a setting left out keeps its value."""

    time_zone: (
        Annotated[
            Line,
            AfterValidator(_time_zone),
            WithJsonSchema({"type": "string", "enum": sorted(TIME_ZONES)}),
        ]
        | None
    ) = Field(
        default=None,
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
