"""The companies' projection: `company_settings`, each company's settings as its latest events
left them: the defaults from its founding until it changes them (a company founded before this
read model was has none until then: reads take the defaults for it)."""

from __future__ import annotations

from typing import Any

from cronica.domain.company import Company
from cronica.domain.company_settings import CompanySettings
from cronica.projections.projection import Projection
from cronica.projections.store import Cursor

SETTINGS_TABLE = (
    "CREATE TABLE IF NOT EXISTS company_settings ("
    " company_id TEXT PRIMARY KEY, time_zone TEXT NOT NULL, locale TEXT NOT NULL)"
)


class CompanyProjection(Projection):
    name = "companies"
    tables = ("company_settings",)
    ddl = (SETTINGS_TABLE,)

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Company.Created):
            defaults = CompanySettings()
            settings = (str(event.originator_id), defaults.time_zone, defaults.locale)
        elif isinstance(event, Company.SettingsChanged):
            settings = (str(event.originator_id), event.time_zone, event.locale)
        else:
            return
        cursor.execute(
            "INSERT INTO company_settings (company_id, time_zone, locale) VALUES (?, ?, ?)"
            " ON CONFLICT (company_id) DO UPDATE"
            " SET time_zone = excluded.time_zone, locale = excluded.locale",
            settings,
        )
