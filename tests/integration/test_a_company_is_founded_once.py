"""A company's id comes from its slug, so it can be founded only once, even by two processes at
the same moment (the CLI and a starting server both making sure the default company exists)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest

from cronica.commands.application import CronicaApplication
from cronica.commands.errors import DuplicateRecordError
from cronica.commands.identity import add_company, ensure_company
from cronica.domain.company import Company
from cronica.ops.settings import Settings
from tests.fixtures.write_side import stored_events


def race(settings: Settings, action: Callable[[CronicaApplication], object]) -> list[object]:
    """Runs the action in two processes' applications at once; its results or errors."""
    apps = [CronicaApplication(env=settings.event_store_env()) for _ in range(2)]
    start = Barrier(2)

    def run(app: CronicaApplication) -> object:
        start.wait()
        try:
            return action(app)
        except DuplicateRecordError as error:
            return error

    try:
        with ThreadPoolExecutor(2) as pool:
            return list(pool.map(run, apps))
    finally:
        for app in apps:
            app.close()


def founded(application: CronicaApplication) -> list[Company.Created]:
    return [e for e in stored_events(application) if isinstance(e, Company.Created)]


def test_a_slug_is_taken_once(application: CronicaApplication) -> None:
    add_company(application, "acme", "Acme Ibérica SA")

    with pytest.raises(DuplicateRecordError):
        add_company(application, "acme", "Another Acme")

    assert [e.name for e in founded(application)] == ["Acme Ibérica SA"]


def test_two_processes_founding_one_company_found_it_once(
    settings: Settings, application: CronicaApplication
) -> None:
    outcomes = race(settings, lambda app: add_company(app, "acme", "Acme Ibérica SA"))

    assert sorted(type(o).__name__ for o in outcomes) == ["DuplicateRecordError", "Written"]
    assert len(founded(application)) == 1


def test_two_processes_making_sure_of_one_company_both_get_it(
    settings: Settings, application: CronicaApplication
) -> None:
    outcomes = race(settings, lambda app: ensure_company(app, "acme", "Acme Ibérica SA"))

    assert all(isinstance(o, Company) and o.slug == "acme" for o in outcomes)
    assert len(founded(application)) == 1
