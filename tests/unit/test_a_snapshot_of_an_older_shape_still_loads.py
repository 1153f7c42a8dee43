"""A snapshot taken before a class changed still loads: the record's upcast fills what its state
lacked (class_version), a value object's new field takes its default and a removed one is dropped.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.incident import Article, Incident
from cronica.domain.snapshot import RecordSnapshot
from tests.fixtures.domain_records import new_incident, through_the_store


def test_an_added_record_field_is_filled_by_the_upcast(
    acting: CommandContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = new_incident()
    taken = RecordSnapshot.take(incident)
    # The snapshot as version 1 of the class wrote it, before `minutes_worked` existed.
    older = dataclasses.replace(
        taken, state={k: v for k, v in taken.state.items() if k != "minutes_worked"}
    )

    def upcast_v1_v2(state: dict[str, Any]) -> None:
        state["minutes_worked"] = 0

    monkeypatch.setattr(Incident, "class_version", 2, raising=False)
    monkeypatch.setattr(Incident, "upcast_v1_v2", staticmethod(upcast_v1_v2), raising=False)

    loaded = through_the_store(older).mutate(None)

    assert vars(loaded) == vars(incident) | {"_pending_events": []}


def test_a_value_object_takes_its_new_fields_default_and_drops_a_removed_one(
    acting: CommandContext,
) -> None:
    incident = new_incident(article=Article("PRN-40", invoice_date=date(2026, 1, 2)))
    taken = RecordSnapshot.take(incident)
    article = taken.state["article"]
    fields = {k: v for k, v in article["fields"].items() if k != "invoice_date"}
    # Written when the article had no invoice date yet, and a colour it no longer has.
    older_article = article | {"fields": fields | {"colour": "grey"}}
    older = dataclasses.replace(taken, state=taken.state | {"article": older_article})

    loaded = through_the_store(older).mutate(None)

    assert isinstance(loaded, Incident)
    assert loaded.article == Article("PRN-40", invoice_date=None)
