"""A company: one tenant of the installation. Every record and every user belongs to one."""

from __future__ import annotations

from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.company_settings import (
    DEFAULT_LOCALE,
    DEFAULT_TIME_ZONE,
    CompanySettings,
    checked_locale,
    checked_time_zone,
)
from cronica.domain.record_rules import RecordRule


def company_id_for(slug: str) -> UUID:
    """The company's id, derived from its slug so that a slug can only be taken once."""
    return uuid5(NAMESPACE_URL, f"cronica:company:{slug}")


class Company(CronicaAggregate):
    """A tenant, named by a short slug used in event subjects (`cronica.<slug>.incident.closed`)."""

    company_wide = True

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY
    time_zone: str = DEFAULT_TIME_ZONE
    locale: str = DEFAULT_LOCALE

    class Created(CronicaAggregate.Created):
        slug: str
        name: str

    class SettingsChanged(CronicaAggregate.Event):
        """The company's time zone and locale (both, as they are now)."""

        time_zone: str
        locale: str

    @staticmethod
    def create_id(slug: str) -> UUID:
        return company_id_for(slug)

    @event(Created)
    def __init__(self, company_id: UUID, slug: str, name: str) -> None:
        self.company_id = company_id
        self.slug = slug
        self.name = name

    @classmethod
    def found(cls, slug: str, name: str) -> Company:
        return cls(slug=slug, name=name, company_id=company_id_for(slug))

    @property
    def settings(self) -> CompanySettings:
        return CompanySettings(self.time_zone, self.locale)

    def change_settings(self, time_zone: str | None, locale: str | None) -> None:
        """Sets the time zone and the locale given (None keeps the current one)."""
        zone = checked_time_zone(time_zone) if time_zone is not None else self.time_zone
        chosen = checked_locale(locale) if locale is not None else self.locale
        if (zone, chosen) != (self.time_zone, self.locale):
            self._settings_changed(time_zone=zone, locale=chosen)

    @event(SettingsChanged)
    def _settings_changed(self, time_zone: str, locale: str) -> None:
        self.time_zone = time_zone
        self.locale = locale
