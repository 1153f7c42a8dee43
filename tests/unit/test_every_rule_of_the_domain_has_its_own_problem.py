"""Each rule of the domain answers over HTTP as its own kind of problem, named after the rule, and
says which field of the body is at fault when it knows."""

from __future__ import annotations

import inspect

from cronica.commands.http.problems import PROBLEM_BASE, fields_of, kind_of
from cronica.domain import errors
from cronica.domain.errors import (
    DomainError,
    DuplicateCatalogueEntryError,
    IllegalTransitionError,
    InvalidTimeRangeError,
    NotASellerError,
)

RULES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, DomainError) and cls is not DomainError
]


def test_every_rule_has_a_distinct_problem_type_titled_by_its_docstring() -> None:
    kinds = {cls: kind_of(cls("refused")) for cls in RULES}

    assert len({kind.type for kind in kinds.values()}) == len(RULES)
    for cls, kind in kinds.items():
        assert cls.__doc__ and cls.__doc__.startswith("Raised when "), cls
        assert kind.title and not kind.title.startswith("Raised"), cls
        assert kind.status in (409, 422), cls


def test_a_rule_is_named_after_its_class_and_a_duplicate_is_a_conflict() -> None:
    seller = kind_of(NotASellerError("a technician does not sell"))
    assert (seller.status, seller.type) == (422, PROBLEM_BASE + "not-a-seller")
    assert seller.title == "An opportunity is given an agent whose role does not sell"
    assert kind_of(DuplicateCatalogueEntryError("twice")).status == 409
    assert kind_of(IllegalTransitionError("closed")).type == PROBLEM_BASE + "illegal-transition"


def test_the_field_at_fault_is_the_rules_usual_one_unless_the_raise_names_another() -> None:
    usual = fields_of(InvalidTimeRangeError("ends before it starts"))
    named = fields_of(InvalidTimeRangeError("ends before it starts", field="dates.window_ends"))

    assert usual is not None and [problem.field for problem in usual] == ["endedAt"]
    assert named is not None and [problem.field for problem in named] == ["dates.windowEnds"]
    assert fields_of(IllegalTransitionError("closed")) is None
