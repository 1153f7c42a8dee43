"""What a query document costs, measured in ONE walk of it.

Each fragment is measured once, in dependency order, and every spread of it adds that result:
a chain of fragments each spreading the one before twice costs O(chain) to measure, though it
names 2^chain fields once expanded (the totals are exact expanded counts, Python ints).
Nesting is walked recursively but never deeper than `MAX_DEPTH`; fragment chains are walked
without recursion, so no document can exhaust the interpreter's stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SchemaMetaFieldDef,
    SelectionSetNode,
    TypeMetaFieldDef,
    TypeNameMetaFieldDef,
    VariableNode,
    get_named_type,
)

from cronica.graphql.errors import QueryTooComplexError
from cronica.graphql.limits.bounds import LARGEST_PAGE, MAX_DEPTH, PAGE_ESTIMATE

_PAGING_ARGUMENTS = ("first", "last")
_META_FIELDS = {"__schema": SchemaMetaFieldDef, "__type": TypeMetaFieldDef}
_META_FIELDS["__typename"] = TypeNameMetaFieldDef


@dataclass(frozen=True)
class Cost:
    """The measures of a selection (fragments expanded)."""

    depth: int = 0
    aliases: int = 0
    fields: int = 0
    spreads: int = 0
    complexity: int = 0

    def __add__(self, other: Cost) -> Cost:
        """Two selections side by side: counts add up, the deeper one gives the depth."""
        return Cost(
            max(self.depth, other.depth),
            self.aliases + other.aliases,
            self.fields + other.fields,
            self.spreads + other.spreads,
            self.complexity + other.complexity,
        )


def measure(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Mapping[str, Any] | None,
    operation_name: str | None,
) -> Cost:
    """The cost of the operation to run (of the costliest one, when the name is not given:
    validation walks them all)."""
    operations = [
        d
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
        and (operation_name is None or (d.name and d.name.value == operation_name))
    ]
    walk = _Walk(schema, document, operations, variables or {})
    costs = [walk.operation(operation) for operation in operations]
    return Cost(
        *(max((getattr(c, m) for c in costs), default=0) for m in Cost.__dataclass_fields__)
    )


def variables_measured(variables: Mapping[str, Any] | None) -> tuple[tuple[str, int], ...]:
    """The variables a cost depends on (as `measure` reads them): those holding a whole number,
    which may give a page's size; no other value changes what a query costs."""
    given = (variables or {}).items()
    return tuple(sorted((name, value) for name, value in given if isinstance(value, int)))


class _Walk:
    """The walk of a document's operations; each fragment is measured once, for all."""

    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        operations: list[OperationDefinitionNode],
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        # The variables' defaults, of any operation (a fragment is measured once for all).
        self.variables = {
            d.variable.name.value: int(d.default_value.value)
            for operation in operations
            for d in operation.variable_definitions or ()
            if isinstance(d.default_value, IntValueNode)
        } | dict(variables)
        self.measured: dict[tuple[str, bool], Cost] = {}
        """Each fragment's cost where a page holds it (a fragment on a connection: its `edges`
        are that page) and where none does."""

    def operation(self, operation: OperationDefinitionNode) -> Cost:
        root = self.schema.get_root_type(operation.operation)
        self._measure_fragments_used_by(operation.selection_set)
        return self._selection(operation.selection_set, root, paged=False, nesting=0)

    def _measure_fragments_used_by(self, selection_set: SelectionSetNode) -> None:
        """Measures every fragment reachable from the selection, each after the fragments it
        spreads (an explicit stack, not recursion). A fragment in a cycle counts as empty:
        validation refuses the document afterwards."""
        stack: list[tuple[str, bool]] = [(name, False) for name in _spreads_in(selection_set)]
        started: set[str] = set()
        while stack:
            name, children_done = stack.pop()
            if (name, False) in self.measured or name not in self.fragments:
                continue
            fragment = self.fragments[name]
            if children_done:
                on = self.schema.get_type(fragment.type_condition.name.value)
                for paged in (True, False):
                    cost = self._selection(fragment.selection_set, on, paged, 0)
                    self.measured[name, paged] = cost
            elif name not in started:
                started.add(name)
                stack.append((name, True))
                stack.extend((child, False) for child in _spreads_in(fragment.selection_set))

    def _selection(
        self, selection_set: SelectionSetNode, on: Any, paged: bool, nesting: int
    ) -> Cost:
        if nesting > MAX_DEPTH:  # refused here, before the walk goes any deeper
            raise QueryTooComplexError(f"the query nests fields deeper than {MAX_DEPTH}")
        total = Cost()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self._field(selection, on, paged, nesting)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else on
                total += self._selection(selection.selection_set, inner, paged, nesting)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.measured.get((selection.name.value, paged), Cost())
                total += Cost(spreads=1) + fragment
        return total

    def _field(self, node: FieldNode, on: Any, paged: bool, nesting: int) -> Cost:
        name = node.name.value
        definition = _META_FIELDS.get(name) or getattr(on, "fields", {}).get(name)
        own = Cost(depth=1, aliases=1 if node.alias else 0, fields=1, complexity=1)
        if node.selection_set is None:
            return own
        field_type = definition.type if definition else None
        # Introspection answers are as large as the schema, whatever the query: their lists
        # count once (depth and field count still bound them).
        introspecting = getattr(on, "name", "").startswith("__")
        rows, pages = (1, False) if introspecting else self._rows(node, definition, paged)
        inner = self._selection(node.selection_set, get_named_type(field_type), pages, nesting + 1)
        return Cost(
            own.depth + inner.depth,
            own.aliases + inner.aliases,
            own.fields + inner.fields,
            inner.spreads,
            own.complexity + rows * inner.complexity,
        )

    def _rows(self, node: FieldNode, definition: Any, paged: bool) -> tuple[int, bool]:
        """How many rows the field may answer, and whether it pages (so the list inside it, a
        connection's `edges`, is that page and counts once)."""
        if definition is None:
            return 1, False
        if any(name in definition.args for name in _PAGING_ARGUMENTS):
            asked = [
                self._int(a.value)
                for a in node.arguments or ()
                if a.name.value in _PAGING_ARGUMENTS
            ]
            defaults = [
                definition.args[n].default_value for n in _PAGING_ARGUMENTS if n in definition.args
            ]
            sizes = [s for s in asked if s is not None] or [
                d for d in defaults if isinstance(d, int)
            ]
            return min(max(sizes, default=PAGE_ESTIMATE), LARGEST_PAGE), True
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        if isinstance(field_type, GraphQLList) and not paged:
            return PAGE_ESTIMATE, False
        return 1, False

    def _int(self, value: Any) -> int | None:
        if isinstance(value, IntValueNode):
            return max(int(value.value), 0)
        if isinstance(value, VariableNode):
            given = self.variables.get(value.name.value)
            return max(given, 0) if isinstance(given, int) else None
        return None


def _spreads_in(selection_set: SelectionSetNode) -> list[str]:
    """The fragments spread anywhere in the selection (not inside those fragments)."""
    found: list[str] = []
    pending = [selection_set]
    while pending:
        for selection in pending.pop().selections:
            if isinstance(selection, FragmentSpreadNode):
                found.append(selection.name.value)
            elif isinstance(selection, FieldNode | InlineFragmentNode) and selection.selection_set:
                pending.append(selection.selection_set)
    return found
