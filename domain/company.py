"""A company: one tenant of the installation. Every record and every user belongs to one."""

from __future__ import annotations

from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.record_rules import RecordRule


def company_id_for(slug: str) -> UUID:
    """The company's id, derived from its slug so that a slug can only be taken once."""
    return uuid5(NAMESPACE_URL, f"cronica:company:{slug}")


class Company(CronicaAggregate):
    """A tenant, named by a short slug used in event subjects (`cronica.<slug>.incident.closed`)."""

    company_wide = True

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Created(CronicaAggregate.Created):
        slug: str
        name: str

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
