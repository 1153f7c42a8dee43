"""Business units hang from one root per company; every record's events carry its owning unit."""

from __future__ import annotations

from uuid import uuid4

import pytest

from cronica.domain.business_unit import BusinessUnit
from cronica.domain.context import CommandContext, owned_by
from cronica.domain.errors import UnitHierarchyError
from cronica.domain.ownership import root_unit_id_for
from cronica.domain.user import User
from tests.fixtures.domain_records import ACME, replayed


def test_the_root_is_derived_from_the_company_and_owns_itself(acting: CommandContext) -> None:
    root = BusinessUnit.found_root(ACME, "Acme")

    assert root.id == root_unit_id_for(ACME) and root.is_root
    assert [event.unit_id for event in root.collect_events()] == [root.id]


def test_a_unit_is_owned_by_the_unit_it_hangs_from(acting: CommandContext) -> None:
    root = BusinessUnit.found_root(ACME, "Acme")
    sales = BusinessUnit.add_under(root, "Sales")
    north = BusinessUnit.add_under(sales, "Sales north")

    assert (sales.parent_id, sales.unit_id) == (root.id, root.id)
    assert (north.parent_id, north.unit_id) == (sales.id, sales.id)


def test_moving_a_unit_changes_the_unit_its_later_events_carry(acting: CommandContext) -> None:
    root = BusinessUnit.found_root(ACME, "Acme")
    sales, service = BusinessUnit.add_under(root, "Sales"), BusinessUnit.add_under(root, "Service")
    team = BusinessUnit.add_under(sales, "Team A")
    team.collect_events()

    team.move_under(service, [root.id])
    team.rename("Team S")

    moved, renamed = team.collect_events()
    assert moved.unit_id == sales.id, "the move is stamped where the unit was"
    assert renamed.unit_id == service.id
    assert (team.parent_id, team.unit_id, team.name) == (service.id, service.id, "Team S")


def test_the_tree_keeps_no_cycles_and_one_root(acting: CommandContext) -> None:
    root = BusinessUnit.found_root(ACME, "Acme")
    sales = BusinessUnit.add_under(root, "Sales")
    team = BusinessUnit.add_under(sales, "Team A")
    rival_root = BusinessUnit.found_root(uuid4(), "Rival")

    with pytest.raises(UnitHierarchyError, match="root"):
        root.move_under(sales, [root.id])
    with pytest.raises(UnitHierarchyError, match="under it"):
        sales.move_under(team, [sales.id, root.id])
    with pytest.raises(UnitHierarchyError, match="under it"):
        sales.move_under(sales, [root.id])
    with pytest.raises(UnitHierarchyError, match="company"):
        sales.move_under(rival_root, [])
    assert sales.parent_id == root.id


def test_renaming_or_moving_to_where_it_is_writes_nothing(acting: CommandContext) -> None:
    root = BusinessUnit.found_root(ACME, "Acme")
    sales = BusinessUnit.add_under(root, "Sales")
    sales.collect_events()

    sales.rename("Sales")
    sales.move_under(root, [])

    assert sales.collect_events() == []


def test_records_are_owned_by_the_creating_users_unit_and_users_can_move(
    acting: CommandContext,
) -> None:
    root = BusinessUnit.found_root(ACME, "Acme")
    sales = BusinessUnit.add_under(root, "Sales")
    with owned_by(sales.id):
        seller = User(company_id=ACME, name="Marta Vidal", role="agent")
    unowned = User(company_id=ACME, name="Pau Roig", role="technician")

    seller.move_to_unit(root.id)
    seller.change_role("manager")

    events = seller.collect_events()
    assert unowned.unit_id == root.id, "outside any unit: the company's root unit"
    assert [event.unit_id for event in events] == [sales.id, sales.id, root.id]
    again = replayed(User, events)
    assert (again.unit_id, again.role.value) == (root.id, "manager")
