"""The `record_numbers` table (company, prefix, last number given), which the recorders keep in
the same transaction as the events: derived state, rebuilt from the stored events.

`highest_numbers` is that rebuild. It reads the events' JSON as the library's default transcoder
writes it (UUIDs as `{"_type_": "uuid_hex", "_data_": ...}`) and takes, per company and prefix,
the highest of: the numbers that old `Counter` aggregates issued (stores written before numbers
were bound at save time) and the numbers the records themselves carry (`"number": "INC-000042"`
beside their `company_id`). A recorder fills the table with it when it creates the table, so a
store written before continues at the next number; to rebuild it, drop the table and start a
process (its recorder creates and fills it again).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from eventsourcing.utils import get_topic

from cronica.commands.numbering import NumberKey
from cronica.domain.counter import Counter

NUMBERS_TABLE = "record_numbers"

STATE_TRANSFORMS = ("CIPHER_TOPIC", "COMPRESSOR_TOPIC")
"""Settings that would make stored state other than the plain JSON in which a save writes its
numbers over the stand-ins: the factories refuse to start with either set."""

_STARTED, _ISSUED = get_topic(Counter.Started), get_topic(Counter.NumberIssued)
_RECORD_NUMBER = re.compile(r"([A-Z]+)-(\d+)")


class TransformedStateError(Exception):
    """Raised when the event store is configured to encrypt or compress the events' state."""


def refuse_transformed_state(env: Any) -> None:
    """Refuses an environment that encrypts or compresses state (`env` maps names to values)."""
    set_ = [name for name in STATE_TRANSFORMS if env.get(name)]
    if set_:
        raise TransformedStateError(
            f"{', '.join(set_)} cannot be used: record numbers are written into the plain JSON"
        )


def _company(value: object) -> UUID | None:
    if isinstance(value, dict) and value.get("_type_") == "uuid_hex":
        return UUID(value["_data_"])
    return None


def highest_numbers(events: Iterable[tuple[object, str, bytes]]) -> dict[NumberKey, int]:
    """The last number given per company and prefix by the events given as (originator id,
    topic, state)."""
    counters: dict[str, NumberKey] = {}
    issued: dict[str, int] = {}
    highest: dict[NumberKey, int] = {}
    for originator_id, topic, state in events:
        if topic != _STARTED and b'"number"' not in state:
            continue
        data = json.loads(state)
        if topic == _STARTED:
            company = _company(data["company_id"])
            assert company is not None, "a counter belongs to a company"
            counters[str(originator_id)] = (company, data["prefix"])
        elif topic == _ISSUED:
            issued[str(originator_id)] = max(issued.get(str(originator_id), 0), data["number"])
        else:
            number, company = data.get("number"), _company(data.get("company_id"))
            found = _RECORD_NUMBER.fullmatch(number) if isinstance(number, str) else None
            if found and company is not None:
                key = (company, found[1])
                highest[key] = max(highest.get(key, 0), int(found[2]))
    for originator_id, number in issued.items():
        key = counters[originator_id]
        highest[key] = max(highest.get(key, 0), number)
    return highest
