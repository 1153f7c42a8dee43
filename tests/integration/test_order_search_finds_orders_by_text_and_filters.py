"""The order search: repair orders and incidents found by the words of their faults, subjects,
work and follow-ups, best match first, whatever the accents, case or signs typed, and narrowed
by their fields — on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from uuid import UUID

import pytest

from cronica.commands.results import Principal
from cronica.ops.container import Container
from cronica.projections.order_search.queries import OrderSearch, search_orders
from cronica.projections.paging import Window
from tests.fixtures.keyset_walks import walked
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.workshop import Workshop

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)
UNRELATED = ["Portátil sin sonido", "Monitor parpadea", "Ratón no responde", "Router caído"]


class TechnicalService:
    """An office's agent and two technicians, two customers, and orders unrelated to what the
    stories search (so that the words searched are rare, as they are in a real workshop)."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self.office = Office(container.application)
        self.shop = Workshop(self.office)
        self.agent = self.office.hire("Marta Vidal", "agent")
        self.luis = self.office.hire("Luis Gil", "technician")
        self.eva = self.office.hire("Eva Ruiz", "technician")
        self.ferrer = self.office.customer(self.agent, "Ferrer SL")
        self.ruiz = self.office.customer(self.agent, "Talleres Ruiz")
        for n, fault in enumerate(UNRELATED):
            self.shop.receive(self.agent, self.ruiz, self.eva, fault, MONDAY - timedelta(days=n))

    def received(self, fault: str, technician: Principal, days: int = 0) -> UUID:
        at = MONDAY + timedelta(days=days)
        return self.shop.receive(self.agent, self.ferrer, technician, fault, at).id

    def found(self, text: str | None = None, **criteria: object) -> list[UUID]:
        """The ids found, best match first."""
        self.container.runner.catch_up()
        search = OrderSearch(text=text, **criteria)
        company = str(self.agent.company_id)
        page = search_orders(self.container.store, whole_company(company), search, Window(first=50))
        return [UUID(hit.id) for hit in page.rows]

    def walked(self, text: str | None, backward: bool) -> list[UUID]:
        """The ids found, read one a page through cursors (from the end, when `backward`)."""
        scope, search = whole_company(str(self.agent.company_id)), OrderSearch(text=text)
        store = self.container.store
        ids = walked(lambda window: search_orders(store, scope, search, window), 1, backward)
        return [UUID(id_) for id_ in ids]


@pytest.fixture
def service(container: Container) -> TechnicalService:
    return TechnicalService(container)


def test_the_order_that_names_it_in_its_fault_comes_before_one_that_mentions_it_in_passing(
    service: TechnicalService,
) -> None:
    office, agent = service.office, service.agent
    mentioned = office.open(agent, service.ferrer, "Portátil no carga", description="Revisar")
    office.follow_up(agent, mentioned.id, MONDAY, 30)  # its note: "30 min"
    office.close(agent, mentioned.id)  # its resolution: "fixed"
    named = service.received("La impresora atasca el papel", service.luis)
    noted = service.received("No enciende", service.luis)
    service.shop.schedule(agent, noted, service.luis, MONDAY)
    service.shop.work(
        service.luis,
        noted,
        "Revisado también el cable de la impresora del cliente",
        MONDAY,
        30,
    )

    assert service.found("impresora") == [named, noted]
    assert service.found("IMPRESORA atasca") == [named]
    assert service.found("fixed") == [mentioned.id]  # resolutions are searched too


def test_hits_page_by_rank_then_newest_one_at_a_time_both_ways(
    service: TechnicalService,
) -> None:
    faults = ["Impresora atasca", "Impresora: la impresora no imprime", "Cable de impresora"]
    for n, fault in enumerate([*faults, "Impresora"]):
        service.received(fault, service.luis, days=n)
    ranked = service.found("impresora")
    newest_first = service.found()

    assert len(ranked) == 4 and len(newest_first) == 4 + len(UNRELATED)
    for backward in (False, True):
        assert service.walked("impresora", backward) == ranked
        assert service.walked(None, backward) == newest_first


def test_accents_and_case_do_not_matter(service: TechnicalService) -> None:
    truck = service.received("Reparación del CAMIÓN de reparto", service.luis)
    boy = service.received("Juguete del pequeno roto", service.eva)

    assert service.found("reparacion camion") == [truck]
    assert service.found("Camión") == [truck]
    assert service.found("pequeño") == [boy]


def test_filters_narrow_a_text_search(service: TechnicalService) -> None:
    shop, agent, luis, eva = service.shop, service.agent, service.luis, service.eva
    early = service.received("Fusor quemado", luis, days=0)
    late = service.received("Fusor con ruido", eva, days=5)
    elsewhere = shop.receive(agent, service.ruiz, eva, "Fusor sucio", MONDAY + timedelta(days=2)).id
    incident = service.office.open(agent, service.ferrer, "Cambiar fusor").id
    shop.schedule(agent, early, luis, MONDAY)
    shop.work(luis, early, "Fusor cambiado", MONDAY, 45, finishes=True)

    assert set(service.found("fusor")) == {early, late, elsewhere, incident}
    assert service.found("fusor", kinds=["incident"]) == [incident]
    assert set(service.found("fusor", customer_id=str(service.ruiz))) == {elsewhere}
    assert service.found("fusor", statuses=["finished"]) == [early]
    assert set(service.found("fusor", user_id=str(eva.user_id))) == {late, elsewhere}
    in_the_week = {
        "created_from": datetime(2026, 3, 3, tzinfo=UTC),
        "created_to": datetime(2026, 3, 8, tzinfo=UTC),
    }
    assert set(service.found("fusor", kinds=["repair_order"], **in_the_week)) == {late, elsewhere}
    finished_monday = {
        "finished_from": MONDAY,
        "finished_to": MONDAY + timedelta(hours=1),
    }
    assert service.found("fusor", **finished_monday) == [early]
    assert service.found(None, statuses=["finished"]) == [early]


def test_phrases_alternatives_and_left_out_words(service: TechnicalService) -> None:
    paper = service.received("Atasco de papel en la bandeja", service.luis)
    tray = service.received("Bandeja de papel rota", service.luis)
    screen = service.received("Pantalla rota", service.eva)

    assert service.found('"atasco de papel"') == [paper]
    assert set(service.found("bandeja -rota")) == {paper}
    assert set(service.found("atasco or pantalla")) == {paper, screen}
    assert set(service.found("rota -pantalla")) == {tray}
    assert set(service.found("rota - pantalla")) == {tray}  # a minus alone leaves out what follows


@pytest.mark.parametrize(
    "typed",
    [
        'papel"',
        '"papel',
        "papel*",
        "-",
        "*",
        '"',
        "papel -",
        "(papel)",
        "^papel:",
        "papel - *",
    ],
)
def test_signs_typed_in_a_search_are_no_error(service: TechnicalService, typed: str) -> None:
    paper = service.received("Atasco de papel", service.luis)

    found = service.found(typed)

    assert paper in found  # a search of signs alone finds every order, as no text would


def test_a_rebuilt_index_finds_what_the_live_one_found(service: TechnicalService) -> None:
    paper = service.received("Atasco de papel", service.luis)
    service.shop.schedule(service.agent, paper, service.luis, MONDAY)
    service.shop.work(service.luis, paper, "Rodillo limpiado", MONDAY, 10)
    live = service.found("rodillo")

    service.container.runner.rebuild("order_search")

    assert service.found("rodillo") == live == [paper]
