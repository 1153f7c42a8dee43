"""The command functions check access themselves (the CLI and the demo call them without routes):
a record out of the caller's scope is unknown, in the URL's place and in a body alike; one they
may only read is refused as read only; an auditor gives no command at all."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cronica.commands.errors import (
    ForbiddenError,
    ReadOnlyError,
    RecordNotFoundError,
    UnknownReferenceError,
)
from cronica.commands.models.organisation import ReadGrant
from cronica.commands.read_grants import grant_user_reading
from cronica.domain.ownership import root_unit_id_for
from tests.fixtures.staff.business_units import move, unit
from tests.fixtures.staff.office import Office, call_of


def test_out_of_scope_records_are_unknown_and_granted_ones_read_only(office: Office) -> None:
    admin = office.hire("Root", "admin")
    root = root_unit_id_for(admin.company_id)
    x, y = unit(office, admin, "X", root), unit(office, admin, "Y", root)
    ana, luis = office.hire("Ana", "agent"), office.hire("Luis", "agent")
    move(office, admin, ana, x)
    move(office, admin, luis, y)
    ana, luis = replace(ana, unit_id=x), replace(luis, unit_id=y)
    customer = office.customer(ana, "Talleres Ruiz")
    incident = office.open(ana, customer, "Printer jams").id

    with pytest.raises(RecordNotFoundError):
        office.close(luis, incident)
    with pytest.raises(UnknownReferenceError) as unknown:
        office.open(luis, customer, "Another jam")
    assert unknown.value.field == "customer_id"

    grant_user_reading(call_of(office.app, admin), luis.user_id, ReadGrant(unit_id=x))
    with pytest.raises(ReadOnlyError):
        office.close(luis, incident)
    with pytest.raises(ReadOnlyError) as read_only:
        office.open(luis, customer, "Another jam")
    assert read_only.value.field == "customer_id"
    assert office.close(ana, incident).version > 1


def test_an_auditor_gives_no_command(office: Office) -> None:
    auditor = office.hire("Eva", "auditor")
    with pytest.raises(ForbiddenError):
        office.customer(auditor, "Talleres Ruiz")
