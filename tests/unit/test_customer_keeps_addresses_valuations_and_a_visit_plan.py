"""A customer's parts kept by their ids (contacts, typed addresses, scored valuations) and its visit
plan: each added, changed and removed by its own event, validated before any event, and every
event made of plain JSON values that come back from the store's transcoding unchanged."""

from __future__ import annotations

from datetime import UTC, date, time
from typing import Any
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.customer import Customer
from cronica.domain.customer_values import Address, AddressKind, Valuation, ValuationKind
from cronica.domain.customer_visit_plan import VisitFrequency, VisitPlan, Weekday
from cronica.domain.errors import (
    DomainError,
    IllegalTransitionError,
    InvalidAddressError,
    InvalidScoreError,
    InvalidTimeRangeError,
    InvalidVisitPlanError,
    UnknownAddressError,
    UnknownContactError,
    UnknownValuationError,
)
from tests.fixtures.domain_records import (
    ACME,
    assert_its_events_survive_the_stores_transcoding,
)

BILLING = Address(AddressKind.BILLING, "Calle Colón 1", "Valencia", "46004", "Valencia")
DELIVERY = Address(AddressKind.DELIVERY, "Polígono Fuente del Jarro", "Paterna", "46988")
MORNINGS = VisitPlan(
    weekdays=(Weekday.THURSDAY, Weekday.MONDAY, Weekday.MONDAY),
    window_starts=time(9),
    window_ends=time(13, 30),
    frequency=VisitFrequency.EVERY_N_WEEKS,
    starts_on=date(2025, 3, 10),
    every_weeks=3,
)


def customer() -> Customer:
    return Customer.register(ACME, "C-000001", "customer", "Ferrer SL", "B12345674")


def names(record: Customer) -> list[str]:
    return [type(e).__name__ for e in record.collect_events()]


def test_addresses_are_added_changed_and_removed_by_id(acting: CommandContext) -> None:
    record = customer()
    billing, delivery = record.add_address(BILLING), record.add_address(DELIVERY)

    record.change_address(billing, BILLING)  # the same: nothing to say
    moved = Address(AddressKind.BILLING, "Gran Vía 2", "Valencia", "46005", label="Head office")
    record.change_address(billing, moved)
    record.remove_address(delivery)

    assert names(record)[1:] == ["AddressAdded", "AddressAdded", "AddressChanged", "AddressRemoved"]
    assert record.addresses == {billing: moved}
    for unknown in (delivery, uuid4()):
        with pytest.raises(UnknownAddressError):
            record.change_address(unknown, BILLING)
        with pytest.raises(UnknownAddressError):
            record.remove_address(unknown)


@pytest.mark.parametrize(
    ("country", "postal_code"),
    [("ES", "53001"), ("ES", "00100"), ("ES", "4600"), ("es", "46001"), ("ESP", None)],
)
def test_an_address_needs_a_country_code_and_a_spanish_postal_code(
    country: str, postal_code: str | None
) -> None:
    with pytest.raises(InvalidAddressError):
        Address(AddressKind.VISIT, "Calle Mayor 3", "Madrid", postal_code, country=country)


def test_foreign_postal_codes_are_kept_as_given() -> None:
    address = Address(AddressKind.OTHER, "10 Downing St", "London", "SW1A 2AA", country="GB")

    assert Address.from_event_data(address.to_event_data()) == address


def test_valuations_are_recorded_changed_and_removed_with_scores_of_0_to_100(
    acting: CommandContext,
) -> None:
    record = customer()
    economic = record.record_valuation(Valuation(ValuationKind.ECONOMIC, 80, "Pays on time"))
    strategic = record.record_valuation(Valuation(ValuationKind.STRATEGIC, 0))

    record.change_valuation(economic, Valuation(ValuationKind.ECONOMIC, 65, "Pays late"))
    record.remove_valuation(strategic)

    assert names(record)[1:] == [
        "ValuationRecorded",
        "ValuationRecorded",
        "ValuationChanged",
        "ValuationRemoved",
    ]
    assert record.valuations == {economic: Valuation(ValuationKind.ECONOMIC, 65, "Pays late")}
    with pytest.raises(UnknownValuationError):
        record.remove_valuation(strategic)
    for score in (-1, 101, True, 7.5):
        with pytest.raises(InvalidScoreError):
            Valuation(ValuationKind.OTHER, score)  # type: ignore[arg-type]


def test_contacts_are_changed_removed_and_added_under_a_given_id_once(
    acting: CommandContext,
) -> None:
    record = customer()
    lucia = record.add_contact("Lucía", "Buyer", None, None)
    met_at_fair = uuid4()

    record.change_contact(lucia, "Lucía", "Buyer", None, None)  # the same: nothing to say
    record.change_contact(lucia, "Lucía Ferrer", "Head of purchasing", "600111222", None)
    assert record.add_contact("Jordi", None, None, None, contact_id=met_at_fair) == met_at_fair
    record.remove_contact(lucia)

    assert names(record)[1:] == ["ContactAdded", "ContactChanged", "ContactAdded", "ContactRemoved"]
    assert list(record.contacts) == [met_at_fair]
    with pytest.raises(IllegalTransitionError):
        record.add_contact("Jordi", None, None, None, contact_id=met_at_fair)
    with pytest.raises(UnknownContactError):
        record.change_contact(lucia, "Lucía", None, None, None)


def test_a_visit_plan_is_set_once_in_week_order_and_cleared(acting: CommandContext) -> None:
    record = customer()

    record.set_visit_plan(MORNINGS)
    record.set_visit_plan(MORNINGS)
    record.clear_visit_plan()
    record.clear_visit_plan()

    assert names(record)[1:] == ["VisitPlanSet", "VisitPlanCleared"]
    assert MORNINGS.weekdays == (Weekday.MONDAY, Weekday.THURSDAY)
    assert record.visit_plan is None


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({"weekdays": ()}, InvalidVisitPlanError),
        ({"window_ends": time(9)}, InvalidTimeRangeError),
        ({"every_weeks": None}, InvalidVisitPlanError),
        ({"every_weeks": 53}, InvalidVisitPlanError),
        ({"frequency": VisitFrequency.WEEKLY}, InvalidVisitPlanError),
        ({"window_starts": time(8, tzinfo=UTC)}, InvalidVisitPlanError),
    ],
)
def test_a_visit_plan_needs_weekdays_a_local_window_and_a_sound_frequency(
    changes: dict[str, Any], refusal: type[DomainError]
) -> None:
    with pytest.raises(refusal):
        VisitPlan(**vars(MORNINGS) | changes)


def test_every_event_survives_the_stores_transcoding(acting: CommandContext) -> None:
    record = customer()
    address = record.add_address(BILLING)
    record.change_address(address, DELIVERY)
    valuation = record.record_valuation(Valuation(ValuationKind.COMMERCIAL, 55, None))
    record.change_valuation(valuation, Valuation(ValuationKind.COMMERCIAL, 60, "Better"))
    record.add_contact("Lucía", None, None, "lucia@ferrer.es")
    record.set_visit_plan(MORNINGS)
    record.classify("retail", {"size": "sme", "sector": "food"})
    record.link(Customer.register(ACME, "C-000002", "prospect", "Soler", None))

    assert_its_events_survive_the_stores_transcoding(record)
