"""Numbers are taken inside the save: the records one save numbers get consecutive numbers in the
order their decision claimed them, and a save that fails (here on another aggregate of the same
save) takes no number, so the next record continues without a gap."""

from __future__ import annotations

import pytest

from cronica.commands.call import CommandCall
from cronica.commands.errors import ConcurrentWriteError
from cronica.domain.base import CronicaAggregate
from cronica.domain.company import Company
from cronica.domain.customer import Customer
from tests.fixtures.staff.office import Office, call_of


def registered(call: CommandCall, name: str) -> CronicaAggregate:
    """A customer numbered by the caller's company, as `create_customer` makes one."""
    [customer] = call.numbered(
        "C",
        lambda number: Customer.register(
            company_id=call.who.company_id, number=number, kind="customer", name=name, tax_id=None
        ),
    )
    return customer


def numbers_of(office: Office, *written: CronicaAggregate) -> list[str]:
    customers = [office.app.repository.get(record.id) for record in written]
    return [c.number for c in customers if isinstance(c, Customer)]


def test_records_of_one_save_take_consecutive_numbers_in_order(office: Office) -> None:
    call = call_of(office.app, office.hire("Ana Puig", "manager"))
    made: list[CronicaAggregate] = []

    def decide() -> list[CronicaAggregate]:
        made[:] = [registered(call, name) for name in ("Ferrer SL", "Soler SA", "Mas SC")]
        return made

    call.write(decide)

    assert numbers_of(office, *made) == ["C-000001", "C-000002", "C-000003"]


def test_a_failed_save_leaves_no_gap(office: Office) -> None:
    manager = office.hire("Ana Puig", "manager")
    call = call_of(office.app, manager)

    def decide_and_found_the_company_again() -> list[CronicaAggregate]:
        again = Company(company_id=manager.company_id, slug="acme", name="Acme")
        return [registered(call, "Ferrer SL"), again]

    with pytest.raises(ConcurrentWriteError):  # every attempt met the company already founded
        call.write(decide_and_found_the_company_again)
    first = office.customer(manager, "Soler SA")

    customer = office.app.repository.get(first)
    assert isinstance(customer, Customer) and customer.number == "C-000001"
