"""Random but valid bodies of customer and contact commands, with varied values (accents,
apostrophes, foreign addresses, several visit windows): for the random customer moves."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, time, timedelta

from cronica.commands.models.base import CommandModel
from cronica.commands.models.customers import (
    AddContact,
    AddressBody,
    ChangeActivityCodes,
    ChangeNotes,
    ChangeParticularities,
    ChangeTaxId,
    ChangeTerritory,
    ClassifyCustomer,
    RemoveAddress,
    RemoveContact,
    RemoveValuation,
    RenameCustomer,
    SetNoMailing,
    SetVisitPlan,
    ValuationBody,
)

NAMES = ["Frutas Levante", "Talleres Núñez & Hijos", "café O'Donnell", "Ñandú S.A.", "ácaro"]
TAX_IDS = [None, "B12345674", "12345678z", "87654321-X", "47112233E"]
PEOPLE = ["Marta Gil", "Jorge Ruiz", "Iñaki Etxeberria", "Núria Puig", "Ana O'Neill"]
ADDRESSES = [
    {"kind": "billing", "street": "Calle Colón 1", "city": "Valencia", "postal_code": "46004"},
    {"kind": "delivery", "street": "Polígono Sur, nave 7", "city": "Lugo", "province": "Lugo"},
    {"kind": "visit", "street": "Rue de Rivoli 5", "city": "Paris", "country": "FR"},
    {"kind": "other", "street": "Plaza Mayor s/n", "city": "Soria", "label": "Almacén"},
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def description(rng: random.Random) -> CommandModel:
    """A change of what is recorded about a customer, with varied values."""
    name = rng.choice(NAMES)
    return rng.choice(
        [
            RenameCustomer(
                name=f"{name} {rng.randrange(100)}", legal_name=rng.choice([None, name])
            ),
            ChangeTaxId(tax_id=rng.choice(TAX_IDS)),
            ChangeActivityCodes(sic_code=rng.choice([None, "5148"]), cnae_code="46.31"),
            SetNoMailing(no_mailing=rng.random() < 0.5),
            ClassifyCustomer(segment=rng.choice([None, "retail"]), criteria={"size": "sme"}),
            ChangeTerritory(zone=rng.choice(["Norte", "Sur"]), sub_zone=None, route="R1"),
            ChangeNotes(notes=rng.choice(["", "Paga a 60 días", "Cierra en agosto"])),
            ChangeParticularities(particularities=f"Revisado {rng.randrange(10)}"),
        ]
    )


def visit_plan(rng: random.Random) -> SetVisitPlan:
    starts = time(rng.randrange(7, 16), rng.choice([0, 15, 30]))
    every = rng.choice([None, None, 1, 6])
    return SetVisitPlan(
        weekdays=rng.sample(WEEKDAYS, rng.randrange(1, 4)),  # type: ignore[arg-type]
        window_starts=starts,
        window_ends=starts.replace(hour=starts.hour + rng.randrange(1, 5)),
        frequency="every_n_weeks" if every else rng.choice(["weekly", "monthly"]),
        every_weeks=every,
        starts_on=date(2026, 3, 2) + timedelta(days=rng.randrange(60)),
    )


# Each kind of part: a body adding or changing one, and the body removing one.
PARTS: dict[str, tuple[Callable[[random.Random], CommandModel], CommandModel]] = {
    "contact": (
        lambda rng: AddContact(name=rng.choice(PEOPLE), position="Compras"),
        RemoveContact(),
    ),
    "address": (lambda rng: AddressBody.model_validate(rng.choice(ADDRESSES)), RemoveAddress()),
    "valuation": (
        lambda rng: ValuationBody(
            kind=rng.choice(["economic", "commercial", "strategic", "other"]),
            score=rng.randrange(101),
            note=rng.choice([None, "Buen pagador"]),
        ),
        RemoveValuation(),
    ),
}
