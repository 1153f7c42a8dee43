"""Reading a company's settings."""

from __future__ import annotations

from cronica.domain.company_settings import CompanySettings
from cronica.projections.store import ReadStore


def settings_of(store: ReadStore, company_id: str) -> CompanySettings:
    """The company's settings; the defaults until it changes them."""
    rows = store.query(
        "SELECT time_zone, locale FROM company_settings WHERE company_id = ?", (company_id,)
    )
    return CompanySettings(rows[0]["time_zone"], rows[0]["locale"]) if rows else CompanySettings()
