"""Deny by default for kinds of record: every aggregate class of Cronica declares in its own body
which access rule it follows (`access_rule`), rather than inheriting the default unnoticed."""

from __future__ import annotations

import importlib
import pkgutil

import cronica.domain
from cronica.domain.base import CronicaAggregate


def _kinds(cls: type[CronicaAggregate]) -> list[type[CronicaAggregate]]:
    """The classes under `cls` that no other class extends: the kinds records are saved as."""
    below = cls.__subclasses__()
    return [kind for sub in below for kind in _kinds(sub)] if below else [cls]


def test_every_kind_of_record_declares_the_access_rule_it_follows() -> None:
    for module in pkgutil.iter_modules(cronica.domain.__path__):
        importlib.import_module(f"cronica.domain.{module.name}")
    importlib.import_module("cronica.commands.idempotency")
    kinds = [kind for kind in _kinds(CronicaAggregate) if kind.__module__.startswith("cronica.")]

    assert len(kinds) >= 20
    assert [kind.__name__ for kind in kinds if "access_rule" not in vars(kind)] == []
