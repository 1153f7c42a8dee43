"""Hundreds of random customer and contact commands, projected live in batches: the customer
directory rebuilt from zero holds exactly the same rows, and every kind of row is there."""

from __future__ import annotations

import random

from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from tests.fixtures.random_work.moves.customers import CustomerMoves
from tests.fixtures.staff.office import Office


def test_the_customer_directory_rebuilt_equals_its_live_rows(container: Container) -> None:
    office = Office(container.application)
    agent = office.hire("Lucía", "agent")
    office.hire("Pedro", "manager")
    shared = [office.customer(agent, f"Cliente {n}") for n in range(3)]
    moves = CustomerMoves(office, random.Random(7), shared)
    for _ in range(8):
        for _ in range(40):
            moves.any_move()
        container.runner.catch_up()
    (projection,) = [p for p in container.runner.projections if p.name == "customers"]
    live = snapshot(container.store, projection.tables)
    assert all(live.values()), {table: len(rows) for table, rows in live.items()}
    assert {row["customer_id"] is None for row in live["customer_contacts"]} == {True, False}
    assert {row["kind"] for row in live["customers"]} == {"prospect", "customer"}

    container.runner.rebuild("customers")

    assert snapshot(container.store, projection.tables) == live
