"""The companies' projection: `company_settings`, each company's settings as its latest events
left them (a company that never changed them has the defaults, with or without a row)."""

from __future__ import annotations

from typing import Any

from cronica.domain.company import Company
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
        if isinstance(event, Company.SettingsChanged):
            cursor.execute(
                "INSERT INTO company_settings (company_id, time_zone, locale) VALUES (?, ?, ?)"
                " ON CONFLICT (company_id) DO UPDATE"
                " SET time_zone = excluded.time_zone, locale = excluded.locale",
                (str(event.originator_id), event.time_zone, event.locale),
            )
