"""Who reads: the caller's scope over their company's read models (`Scope`), and how the rows of
each read model are scoped (`Scoping`, declared once on the row type as `scoped_by`).

The rules are `cronica.domain.access`'s, as sets a query filters on (`ReadScope`); here they
become SQL. `Listing` asks `Scope.condition` for every list, lookup and group it reads, so a new
list cannot forget them, and a row type that does not declare its scoping cannot be listed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from cronica.domain.access import ReadScope
from cronica.domain.record_rules import RecordRule

Params = tuple[Any, ...]
Within = tuple[str, Params]
"""SQL selecting rows (without WHERE), and its parameters."""


def company_rows(company_id: str, prefix: str = "") -> Within:
    """Every row of the company: for its company-wide rows, and the system's own reads."""
    return f"{prefix}company_id = ?", (company_id,)


class UndeclaredScopingError(TypeError):
    """Raised when a row type is listed that does not declare how its rows are scoped."""


@dataclass(frozen=True)
class Scoping:
    """Which rule a read model's rows follow, and the columns the rule reads."""

    rule: RecordRule
    unit: str | None = None
    """BUSINESS: the column of the unit that owns the row."""
    people: tuple[str, ...] = ()
    """BUSINESS: the users the record names (who read it wherever it lies); WORK: its person
    (one column); PRIVATE: its people."""


def business(*people: str, unit: str = "unit_id") -> Scoping:
    """Rows of the business, owned by `unit`, also read by the users in the `people` columns."""
    return Scoping(RecordRule.BUSINESS, unit, people)


def work(person: str) -> Scoping:
    """Rows of one person's work (agenda, timesheet, activity), in the `person` column."""
    return Scoping(RecordRule.WORK, people=(person,))


def private(*people: str) -> Scoping:
    """Rows private to the users in the `people` columns."""
    return Scoping(RecordRule.PRIVATE, people=people)


COMPANY_WIDE = Scoping(RecordRule.COMPANY)
"""Rows everyone of the company reads (users, business units)."""


def scoping_of(row_type: type) -> Scoping:
    """The row type's declared `scoped_by`."""
    scoping = getattr(row_type, "scoped_by", None)
    if not isinstance(scoping, Scoping):
        raise UndeclaredScopingError(f"{row_type.__name__} does not declare `scoped_by`")
    return scoping


@dataclass(frozen=True)
class Scope:
    """One caller's reads within one company."""

    company_id: str
    reads: ReadScope

    @classmethod
    def own(cls, company_id: str, user_id: str) -> Scope:
        """What is the user's own only (their agenda, their messages): a calendar feed's reads."""
        nothing: frozenset[UUID] = frozenset()
        return cls(company_id, ReadScope(UUID(user_id), nothing, nothing, False))

    @property
    def user_id(self) -> str:
        return str(self.reads.user_id)

    def of(self, row_type: type, prefix: str = "") -> Within:
        """`condition` for the rows of `row_type`, by its declared `scoped_by`."""
        return self.condition(scoping_of(row_type), prefix)

    def condition(self, scoping: Scoping, prefix: str = "") -> Within:
        """SQL selecting the company's rows the caller reads, and its parameters; `prefix`
        qualifies the columns (`s.`)."""
        either, params = self._rule(scoping, prefix)
        return (
            f"{prefix}company_id = ? AND ({' OR '.join(either) or '1=0'})",
            (self.company_id, *params),
        )

    def _rule(self, scoping: Scoping, prefix: str) -> tuple[list[str], Params]:
        """The alternatives (any one lets the caller read a row) and their parameters."""
        people = [f"{prefix}{column}" for column in scoping.people]
        rule, reads, me = scoping.rule, self.reads, (self.user_id,) * len(people)
        mine = [f"{person} = ?" for person in people]
        if rule is RecordRule.BUSINESS and reads.units is not None:
            assert scoping.unit is not None, "a business row names its unit column"
            ours, params = _among(f"{prefix}{scoping.unit}", reads.units)
            return [ours, *mine], (*params, *me)
        if rule is RecordRule.WORK and reads.work_units is not None:
            team, params = _among("unit_id", reads.work_units)
            led = f"{people[0]} IN (SELECT id FROM users WHERE company_id = ? AND {team})"
            return [*mine, led], (*me, self.company_id, *params)
        if rule is RecordRule.PRIVATE and not reads.every_private_record:
            return mine, me
        return ["1=1"], ()


def _among(column: str, units: Collection[UUID]) -> tuple[str, tuple[str, ...]]:
    """`column` is one of the units (none: no row)."""
    if not units:
        return "1=0", ()
    wanted = sorted(str(unit) for unit in units)
    return f"{column} IN ({', '.join('?' * len(wanted))})", tuple(wanted)
