"""The access rules (domain/access.py) as stories on one company (root > X > X1, root > Y), and
the one promise both sides rely on: the sets a list is filtered by (`read_scope`) hold exactly
the records `record_access` lets one read, on any tree, for any role and grants."""

from __future__ import annotations

from uuid import UUID, uuid4

from hypothesis import given
from hypothesis import strategies as st

from cronica.domain.access import (
    Access,
    Member,
    UnitTree,
    private_access,
    read_scope,
    record_access,
    work_access,
)
from cronica.domain.user import Role

ROOT, X, X1, Y = uuid4(), uuid4(), uuid4(), uuid4()
TREE = UnitTree({ROOT: None, X: ROOT, X1: X, Y: ROOT})


def member(role: Role, unit: UUID, read_only: frozenset[UUID] = frozenset()) -> Member:
    return Member(uuid4(), role.value, unit, read_only)


def test_an_agent_changes_their_units_records_and_those_below_and_knows_no_others() -> None:
    agent = member(Role.AGENT, X)
    assert record_access(agent, TREE.chain(X)) == Access.CHANGE
    assert record_access(agent, TREE.chain(X1)) == Access.CHANGE
    assert record_access(agent, TREE.chain(Y)) == Access.NONE
    assert record_access(agent, TREE.chain(ROOT)) == Access.NONE


def test_a_read_only_grant_shows_another_units_records_without_changing_them() -> None:
    office = member(Role.OFFICE, X1, frozenset({Y}))
    assert record_access(office, TREE.chain(Y)) == Access.READ
    assert record_access(office, TREE.chain(X)) == Access.NONE


def test_the_people_a_record_names_change_it_wherever_it_lies() -> None:
    technician = member(Role.TECHNICIAN, Y)
    assert record_access(technician, TREE.chain(X), people=[technician.user_id]) == Access.CHANGE


def test_admins_change_and_auditors_read_everything_of_their_company() -> None:
    assert record_access(member(Role.ADMIN, X1), TREE.chain(Y)) == Access.CHANGE
    auditor = member(Role.AUDITOR, X1)
    assert record_access(auditor, TREE.chain(Y)) == Access.READ
    assert record_access(auditor, TREE.chain(X1), people=[auditor.user_id]) == Access.READ


def test_a_persons_work_is_read_by_supervisors_above_them_only() -> None:
    manager, agent = member(Role.MANAGER, X), member(Role.AGENT, X1)
    assert work_access(manager, agent.user_id, TREE.chain(X1)) == Access.CHANGE
    assert work_access(manager, uuid4(), TREE.chain(Y)) == Access.NONE
    assert work_access(agent, manager.user_id, TREE.chain(X)) == Access.NONE
    assert work_access(agent, agent.user_id, TREE.chain(X1)) == Access.CHANGE


def test_private_records_are_their_peoples_and_auditors_only_read_them() -> None:
    owner, manager = member(Role.AGENT, X), member(Role.MANAGER, ROOT)
    assert private_access(owner, [owner.user_id]) == Access.CHANGE
    assert private_access(manager, [owner.user_id]) == Access.NONE
    assert private_access(member(Role.AUDITOR, Y), [owner.user_id]) == Access.READ


@st.composite
def trees(draw: st.DrawFn) -> UnitTree:
    units = [uuid4() for _ in range(draw(st.integers(1, 8)))]
    parents: dict[UUID, UUID | None] = {units[0]: None}
    for index, unit in enumerate(units[1:], start=1):
        parents[unit] = units[draw(st.integers(0, index - 1))]
    return UnitTree(parents)


@given(trees(), st.sampled_from(list(Role)), st.data())
def test_the_read_scope_holds_exactly_the_records_one_may_read(
    tree: UnitTree, role: Role, data: st.DataObject
) -> None:
    units = sorted(tree.parents)
    own = data.draw(st.sampled_from(units))
    grants = frozenset(data.draw(st.lists(st.sampled_from(units), max_size=2)))
    reader = Member(uuid4(), role.value, own, grants)
    scope = read_scope(reader, tree)
    for unit in units:
        readable = record_access(reader, tree.chain(unit)) >= Access.READ
        assert readable == (scope.units is None or unit in scope.units)
        person = uuid4()
        work_readable = work_access(reader, person, tree.chain(unit)) >= Access.READ
        assert work_readable == (scope.work_units is None or unit in scope.work_units)
