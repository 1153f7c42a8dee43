"""A decision numbers records with stand-ins that no command can carry; the save replaces each in
the stored JSON by its number (consecutive per company and prefix, in the order claimed), refuses
a claim no event holds (it would leave a gap), and the records in memory get the numbers too."""

from __future__ import annotations

import json
from types import SimpleNamespace
from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent
from pydantic import ValidationError

from cronica.commands.models.customers import CreateCustomer
from cronica.commands.numbering import (
    NumberClaims,
    NumberOutsideWriteError,
    UnboundNumberError,
    bind,
    claim_number,
    claiming,
)
from cronica.ops.persistence.numbers_table import TransformedStateError
from cronica.ops.persistence.sqlite import NumberingSQLiteFactory

ACME, GLOBEX = uuid4(), uuid4()


def stored(**state: object) -> StoredEvent:
    encoded = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode()
    return StoredEvent(uuid4(), 1, "test:Event", encoded)


def test_claims_take_consecutive_numbers_per_company_and_prefix_in_order() -> None:
    claims = NumberClaims()
    stand_ins = [
        claims.claim(ACME, "T"),
        claims.claim(ACME, "INC"),
        claims.claim(ACME, "T"),
        claims.claim(GLOBEX, "T"),
    ]
    events = [stored(number=s, title=f"after {s}") for s in stand_ins]

    bound = bind(events, claims.claims, {(ACME, "T"): 8, (ACME, "INC"): 1, (GLOBEX, "T"): 3})

    assert [json.loads(e.state)["number"] for e in bound] == [
        "T-000007",
        "INC-000001",
        "T-000008",
        "T-000003",
    ]
    assert json.loads(bound[0].state)["title"] == "after T-000007"


def test_text_that_spells_a_stand_in_is_left_as_it_is() -> None:
    claims = NumberClaims()
    stand_in = claims.claim(ACME, "INC")
    spelled = "\\u0000INC#1\\u0000"  # typed by someone: backslashes, no NUL

    [event] = bind([stored(number=stand_in, note=spelled)], claims.claims, {(ACME, "INC"): 5})

    assert json.loads(event.state) == {"number": "INC-000005", "note": spelled}


def test_a_command_cannot_carry_a_stand_in() -> None:
    with pytest.raises(ValidationError):
        CreateCustomer(kind="customer", name="\x00C#1\x00")


def test_a_claim_no_event_holds_is_refused() -> None:
    claims = NumberClaims()
    claims.claim(ACME, "INC")

    with pytest.raises(UnboundNumberError):
        bind([stored(number="INC-000001")], claims.claims, {(ACME, "INC"): 1})


def test_numbers_are_claimed_only_inside_a_write() -> None:
    with pytest.raises(NumberOutsideWriteError):
        claim_number(ACME, "INC")
    with claiming() as claims:
        assert claim_number(ACME, "INC") == "\x00INC#1\x00"
    assert len(claims.claims) == 1


def test_the_records_in_memory_get_their_numbers() -> None:
    claims = NumberClaims()
    record = SimpleNamespace(number=claims.claim(ACME, "C"), name="Ferrer SL")
    bind([stored(number=record.number)], claims.claims, {(ACME, "C"): 12})

    claims.rebind([record])

    assert (record.number, record.name) == ("C-000012", "Ferrer SL")


def test_an_event_store_that_compresses_state_is_refused() -> None:
    env = {
        "SQLITE_DBNAME": ":memory:",
        "COMPRESSOR_TOPIC": "eventsourcing.compressor:ZlibCompressor",
    }
    with pytest.raises(TransformedStateError):
        NumberingSQLiteFactory(env)
