"""Families of random but valid commands on every kind of record, for the tests that compare
rebuilt read models with live ones.

Each module here defines one `RandomMoves` subclass; `every_family` finds them all, so a new
family needs no registration.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Callable
from uuid import UUID

from tests.integration.office import Office

Move = Callable[[], None]


class RandomMoves:
    """Commands on some kinds of records; `available` lists those that apply right now (a move
    must not fail: it only picks records in a status its command accepts)."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        self.office = office
        self.rng = rng
        self.customers = customers

    def available(self) -> list[Move]:
        raise NotImplementedError


def every_family(office: Office, rng: random.Random, customers: list[UUID]) -> list[RandomMoves]:
    """One of each family of this package, in a stable order (so a seed repeats a run)."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    families = sorted(RandomMoves.__subclasses__(), key=lambda family: family.__name__)
    return [family(office, rng, customers) for family in families]
