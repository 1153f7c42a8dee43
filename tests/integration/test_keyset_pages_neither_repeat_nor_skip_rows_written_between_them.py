"""A client syncs a customer's incidents a page at a time, forward (first/after) or backward
(last/before), in one of several orders, with or without an "open only" filter, while others
open incidents, follow them up (which moves them in an order by `updatedAt`), close them (which
drops them from the filter) and reopen them between its pages. Hypothesis draws the orders,
page sizes, directions and writes; on SQLite and PostgreSQL.

The rule checked: every row that matched the filter at each page's read and whose place in the
order did not change is read exactly once, in order; only a row that moved may be read twice.
The figures (syncs, pages, rows, writes) are printed (`pytest -s`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cronica.commands.results import Principal
from cronica.domain.priority import Priority
from cronica.ops.container import Container
from cronica.projections.filtering import AllOf, Condition, Filter
from cronica.projections.incidents.rows import INCIDENTS, IncidentRow
from cronica.projections.paging import OrderTerm, Page, Position, Scalar, Window
from tests.fixtures.keyset_walks import through_a_cursor
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office

ORDERS: list[list[OrderTerm]] = [
    [],  # newest opened first
    [("number", False)],
    [("priority", True), ("updatedAt", False)],
    [("status", False), ("number", True)],
    [("updatedAt", True)],
]
WRITES = ("open", "follow_up", "close", "reopen")
MOST_WRITES = 16
MOST_PAGES = 60


@dataclass
class Desk:
    """One customer's incidents, and the writes others make to them."""

    container: Container
    office: Office
    manager: Principal
    customer: UUID
    open: list[UUID] = field(default_factory=list)
    closed: list[UUID] = field(default_factory=list)
    clock: datetime = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def write(self, kind: str, which: int, priority: Priority) -> bool:
        """Makes one write of `kind` (on the `which`-th record it can apply to); False if there
        is none it applies to."""
        if kind == "open":
            written = self.office.open(self.manager, self.customer, "Avería", priority=priority)
            self.open.append(written.id)
            return True
        pool = self.closed if kind == "reopen" else self.open
        if not pool:
            return False
        incident = pool[which % len(pool)]
        if kind == "follow_up":
            self.clock += timedelta(hours=1)
            self.office.follow_up(self.manager, incident, self.clock, 30)
        elif kind == "close":
            self.office.close(self.manager, incident)
            self.open.remove(incident)
            self.closed.append(incident)
        else:
            self.office.reopen(self.manager, incident)
            self.closed.remove(incident)
            self.open.append(incident)
        return True

    def page(self, where: Filter, order: list[OrderTerm], window: Window) -> Page[IncidentRow]:
        scope = whole_company(str(self.manager.company_id))
        return INCIDENTS.page(self.container.store, scope, where, order, window)


def test_pages_read_every_row_that_stayed_put_exactly_once(container: Container) -> None:
    office = Office(container.application)
    manager = office.hire("Marta Ruiz", "manager")
    figures: Counter[str] = Counter()

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def sync(data: st.DataObject) -> None:
        desk = Desk(container, office, manager, office.customer(manager, "Talleres Sol"))
        for priority in data.draw(st.lists(st.sampled_from(Priority), max_size=14), "seeded"):
            desk.write("open", 0, priority)
        container.runner.catch_up()
        order = data.draw(st.sampled_from(ORDERS), "order")
        mine = Condition("customerId", "eq", str(desk.customer))
        where = (
            AllOf([mine, Condition("status", "eq", "open")]) if data.draw(st.booleans()) else mine
        )
        size = data.draw(st.integers(1, 3), "size")
        backward = data.draw(st.booleans(), "backward")
        pages: list[list[str]] = []
        seen_places: list[dict[str, tuple[Scalar, ...]]] = []
        cursor: Position | None = None
        writes = 0
        while len(pages) < MOST_PAGES:
            everything = desk.page(where, order, Window())
            seen_places.append(
                {p.id: p.values for p in everything.positions}  # every matching row's place
            )
            window = (
                Window(before=cursor, last=size) if backward else Window(after=cursor, first=size)
            )
            page = desk.page(where, order, window)
            assert page.total_count == len(everything.rows)
            pages.append([p.id for p in page.positions])
            more = page.has_previous if backward else page.has_next
            if not more or not page.positions:
                break
            cursor = through_a_cursor(page.positions[0 if backward else -1])
            for _ in range(data.draw(st.integers(0, 3), "writes between pages")):
                if writes < MOST_WRITES:
                    kind = data.draw(st.sampled_from(WRITES))
                    which = data.draw(st.integers(0, 20))
                    writes += desk.write(kind, which, data.draw(st.sampled_from(Priority)))
            container.runner.catch_up()
        assert len(pages) < MOST_PAGES, "the sync ends"
        read = [row for page_ids in (reversed(pages) if backward else pages) for row in page_ids]
        places = [set(places.items()) for places in seen_places]
        stayed_put = {row for row, _ in set.intersection(*places)}
        moved = {row for row, _ in set.union(*places)} - stayed_put
        counted = Counter(read)
        assert all(counted[row] == 1 for row in stayed_put), "read once, not skipped or repeated"
        assert {row for row, n in counted.items() if n > 1} <= moved, "only a moved row repeats"
        final_order = [p.id for p in desk.page(where, order, Window()).positions]
        in_order = [row for row in final_order if row in stayed_put]
        assert [row for row in read if row in stayed_put] == in_order
        figures.update(syncs=1, pages=len(pages), rows=len(read), writes=writes)
        figures.update(kept=len(stayed_put), moved=len(moved), backward=int(backward))

    sync()
    print(
        f"\nkeyset paging on {container.store.dialect}: {figures['syncs']} syncs"
        f" ({figures['backward']} backward), {figures['pages']} pages, {figures['rows']} rows"
        f" read, {figures['writes']} writes between pages; {figures['kept']} rows stayed put"
        f" (each read once), {figures['moved']} moved or left the filter"
    )
    assert figures["writes"] > 0 and figures["backward"] > 0
