"""A company's settings: the time zone its people work in (the days of agendas and calendar
feeds, the times of exported spreadsheets) and its locale (how its spreadsheets expect CSV:
with a semicolon where a comma is the decimal separator, as Excel on a Spanish Windows does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, available_timezones

from cronica.domain.errors import DomainError

DEFAULT_TIME_ZONE = "Europe/Madrid"
DEFAULT_LOCALE = "es-ES"
LOCALE = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")
"""A language, maybe with a region: `es`, `es-ES`, `ca-ES`, `en-GB`."""
_TIME_ZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*")
_DECIMAL_COMMA_LANGUAGES = frozenset(
    {"es", "ca", "gl", "eu", "pt", "fr", "it", "de", "nl", "da", "sv", "nb", "nn", "fi", "is"}
    | {"pl", "cs", "sk", "sl", "hr", "sr", "ro", "hu", "bg", "ru", "uk", "el", "tr"}
)
"""Languages whose numbers are written with a decimal comma: their lists are split by `;`."""


class CsvDelimiter(StrEnum):
    """What separates the values of an exported CSV line."""

    COMMA = ","
    SEMICOLON = ";"
    TAB = "\t"


class InvalidTimeZoneError(DomainError):
    field = "time_zone"


class InvalidLocaleError(DomainError):
    field = "locale"


TIME_ZONES: frozenset[str] = frozenset(
    name for name in available_timezones() if _TIME_ZONE.fullmatch(name)
)
"""Every zone the IANA database here holds: the command's schema lists them, so a client
knows them all before it sends one."""


def checked_time_zone(name: str) -> str:
    """`name` if it is a time zone of the IANA database (`Europe/Madrid`, `UTC`)."""
    if name in TIME_ZONES:
        return name
    raise InvalidTimeZoneError(f"{name!r} is not an IANA time zone, such as Europe/Madrid")


def checked_locale(locale: str) -> str:
    """`locale` if it is a language, maybe with a region (`es-ES`)."""
    if not LOCALE.fullmatch(locale):
        raise InvalidLocaleError(f"{locale!r} is not a locale such as es-ES or en-GB")
    return locale


@dataclass(frozen=True)
class CompanySettings:
    """What a company set (the defaults until it sets anything)."""

    time_zone: str = DEFAULT_TIME_ZONE
    locale: str = DEFAULT_LOCALE

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def csv_delimiter(self) -> CsvDelimiter:
        """The delimiter spreadsheets of the company's locale expect."""
        language = self.locale.split("-")[0]
        if language in _DECIMAL_COMMA_LANGUAGES:
            return CsvDelimiter.SEMICOLON
        return CsvDelimiter.COMMA
