"""Random additions and moves of business units, checked against a model of the tree: a move is
refused exactly when it would make a cycle or move the root, and the tree always stays one tree."""

from __future__ import annotations

from uuid import UUID

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from cronica.domain.business_unit import BusinessUnit
from cronica.domain.context import acting_as
from cronica.domain.errors import UnitHierarchyError
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME


class UnitTreeMachine(RuleBasedStateMachine):
    @initialize()
    def found(self) -> None:
        with acting_as(TEST_CONTEXT):
            root = BusinessUnit.found_root(ACME, "Acme")
        self.units: dict[UUID, BusinessUnit] = {root.id: root}
        self.parent_of: dict[UUID, UUID | None] = {root.id: None}  # the model

    def _ancestry(self, unit_id: UUID) -> list[UUID]:
        chain, parent = [], self.parent_of[unit_id]
        while parent is not None:
            chain.append(parent)
            parent = self.parent_of[parent]
        return chain

    def _pick(self, data: st.DataObject) -> BusinessUnit:
        # Aggregates are not hashable: draw an index, not the unit.
        index = data.draw(st.integers(min_value=0, max_value=len(self.units) - 1))
        return list(self.units.values())[index]

    @rule(data=st.data())
    def add(self, data: st.DataObject) -> None:
        parent = self._pick(data)
        with acting_as(TEST_CONTEXT):
            unit = BusinessUnit.add_under(parent, f"unit {len(self.units)}")
        self.units[unit.id] = unit
        self.parent_of[unit.id] = parent.id

    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        unit, parent = self._pick(data), self._pick(data)
        refused = (
            self.parent_of[unit.id] is None
            or parent.id == unit.id
            or unit.id in self._ancestry(parent.id)
        )
        try:
            with acting_as(TEST_CONTEXT):
                unit.move_under(parent, self._ancestry(parent.id))
        except UnitHierarchyError:
            assert refused
        else:
            assert not refused
            self.parent_of[unit.id] = parent.id

    @invariant()
    def units_hang_as_the_model_says(self) -> None:
        for unit_id, unit in getattr(self, "units", {}).items():
            assert unit.parent_id == self.parent_of[unit_id]
            assert unit.unit_id == (self.parent_of[unit_id] or unit_id)
            assert len(self._ancestry(unit_id)) < len(self.units)


UnitTreeMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
test_business_units_stay_one_tree = UnitTreeMachine.TestCase
