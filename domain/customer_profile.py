"""What is recorded about a customer beyond its parts: names, tax id, activity codes, mailing
preference, classification, territory, sales representative, notes, custom fields, visit plan.

Like `CustomerParts`, on which it is built, `CustomerProfile` is a part of `Customer`, and its
events apply themselves so that they are the customer's own. Each says what changed, and a change
to the values the customer already has triggers nothing.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue_values import Entry
from cronica.domain.customer_parts import CustomerParts
from cronica.domain.customer_values import CustomValue, activity_code, require_custom_value
from cronica.domain.customer_visit_plan import VisitPlan, VisitPlanData
from cronica.domain.event_data import event_data
from cronica.domain.tax_id import normalise_tax_id


class AttributesSet(CronicaAggregate.Event):
    """New values of the customer's attributes of the same names as the event's fields."""

    def apply(self, aggregate: Any) -> None:
        for name, value in event_data(self).items():
            setattr(aggregate, name, value)


class CustomerProfile(CustomerParts):
    """A customer's names, codes, classification, territory, representative, notes, custom
    fields and visit plan."""

    class Renamed(AttributesSet):
        name: str
        legal_name: str | None

    class TaxIdChanged(AttributesSet):
        tax_id: str | None

    class ActivityCodesChanged(AttributesSet):
        sic_code: str | None
        cnae_code: str | None

    class NoMailingSet(AttributesSet):
        no_mailing: bool

    class ClassificationChanged(AttributesSet):
        segment: str | None
        criteria: dict[str, str]

    class TerritoryChanged(AttributesSet):
        zone: str | None
        sub_zone: str | None
        route: str | None

    class RepresentativeAssigned(AttributesSet):
        representative_id: UUID

    class NotesChanged(AttributesSet):
        notes: str

    class ParticularitiesChanged(AttributesSet):
        """The notes on the customer's particularities that go with its valuations."""

        particularities: str

    class CustomFieldSet(CronicaAggregate.Event):
        name: str
        value: CustomValue

        def apply(self, aggregate: Any) -> None:
            aggregate.custom_fields[self.name] = self.value

    class CustomFieldCleared(CronicaAggregate.Event):
        name: str

        def apply(self, aggregate: Any) -> None:
            del aggregate.custom_fields[self.name]

    class VisitPlanSet(CronicaAggregate.Event):
        plan: VisitPlanData

        def apply(self, aggregate: Any) -> None:
            aggregate.visit_plan = VisitPlan.from_event_data(self.plan)

    class VisitPlanCleared(CronicaAggregate.Event):
        def apply(self, aggregate: Any) -> None:
            aggregate.visit_plan = None

    def _begin_profile(self) -> None:
        """A new customer's profile: nothing recorded yet (called by its created event)."""
        self.legal_name: str | None = None
        self.sic_code: str | None = None
        self.cnae_code: str | None = None
        self.no_mailing = False
        self.segment: str | None = None
        self.criteria: dict[str, str] = {}
        self.zone: str | None = None
        self.sub_zone: str | None = None
        self.route: str | None = None
        self.representative_id: UUID | None = None
        self.notes = ""
        self.particularities = ""
        self.custom_fields: dict[str, CustomValue] = {}
        self.visit_plan: VisitPlan | None = None

    def _set(self, event_class: type[AttributesSet], **values: Any) -> None:
        """Triggers the event if any of the values differs from the customer's."""
        if any(getattr(self, name) != value for name, value in values.items()):
            self.trigger_event(event_class, **values)

    def rename(self, name: str, legal_name: str | None) -> None:
        """Changes the commercial name and the legal name (razón social)."""
        self._set(self.Renamed, name=name, legal_name=legal_name)

    def change_tax_id(self, tax_id: str | None) -> None:
        self._set(self.TaxIdChanged, tax_id=normalise_tax_id(tax_id) if tax_id else None)

    def change_activity_codes(self, sic_code: str | None, cnae_code: str | None) -> None:
        sic, cnae = activity_code(sic_code, "SIC"), activity_code(cnae_code, "CNAE")
        self._set(self.ActivityCodesChanged, sic_code=sic, cnae_code=cnae)

    def set_no_mailing(self, no_mailing: bool) -> None:
        self._set(self.NoMailingSet, no_mailing=no_mailing)

    def classify(self, segment: str | None, criteria: dict[str, str]) -> None:
        """Sets the segment and the value of each classification criterion."""
        self._set(self.ClassificationChanged, segment=segment, criteria=dict(criteria))

    def change_territory(self, zone: str | None, sub_zone: str | None, route: str | None) -> None:
        self._set(self.TerritoryChanged, zone=zone, sub_zone=sub_zone, route=route)

    def assign_representative(self, representative_id: UUID) -> None:
        self._set(self.RepresentativeAssigned, representative_id=representative_id)

    def change_notes(self, notes: str) -> None:
        self._set(self.NotesChanged, notes=notes)

    def change_particularities(self, particularities: str) -> None:
        self._set(self.ParticularitiesChanged, particularities=particularities)

    def set_custom_field(self, field: Entry, value: CustomValue) -> None:
        """Sets the field its definition (an entry of the custom-fields catalogue) describes."""
        require_custom_value(field, value)
        current = self.custom_fields.get(field.code)
        # Compared with their types: in Python True == 1 == 1.0.
        if (type(current), current) != (type(value), value):
            self.trigger_event(self.CustomFieldSet, name=field.code, value=value)

    def clear_custom_field(self, name: str) -> None:
        if name in self.custom_fields:
            self.trigger_event(self.CustomFieldCleared, name=name)

    def set_visit_plan(self, plan: VisitPlan) -> None:
        if plan != self.visit_plan:
            self.trigger_event(self.VisitPlanSet, plan=plan.to_event_data())

    def clear_visit_plan(self) -> None:
        if self.visit_plan is not None:
            self.trigger_event(self.VisitPlanCleared)
