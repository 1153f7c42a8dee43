"""The notice list: each notice's row as its events leave it (forwarded, acted on, resolved,
reopened), unresolved ones flagged, and the list filtered, ordered and paged within one company."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from uuid import UUID

from cronica.commands.results import Principal
from cronica.ops.container import Container, open_attachment_store
from cronica.projections.filtering import AllOf, Condition, Filter
from cronica.projections.notices.rows import NOTICES, NoticeRow
from cronica.projections.paging import Page, Window
from cronica.projections.rows import utc_text
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.reception import Reception

MADRID = timezone(timedelta(hours=1))
TAKEN_AT = datetime(2025, 3, 10, 9, 30, tzinfo=MADRID)
# Calls taken an hour apart: what about, how important, from whom.
CALLS = [
    ("Boiler", 2, "customer"),
    ("Invoice", 5, "supplier"),
    ("Quote", 5, "customer"),
    ("Spare part", 1, "other"),
    ("Visit", 3, "customer"),
]


def notice(container: Container, who: Principal, notice_id: UUID) -> NoticeRow:
    """The notice's row, as the user's company lists it."""
    found = NOTICES.by_ids(container.store, whole_company(str(who.company_id)), [str(notice_id)])
    return found[str(notice_id)]


def test_a_notice_row_follows_the_notice_from_the_call_to_its_reopening(
    container: Container,
) -> None:
    office = Office(container.application)
    reception = Reception(office, open_attachment_store(container))
    rosa, luis = office.hire("Rosa Gil", "office"), office.hire("Luis Pons", "agent")
    marta = office.hire("Marta Vidal", "manager")
    ferrer = office.customer(rosa, "Ferrer SL")
    logged = reception.log(
        rosa, luis, "Wants a visit", customer_id=ferrer, importance=4, taken_at=TAKEN_AT
    )
    container.runner.catch_up()

    fresh = notice(container, rosa, logged.id)
    assert (fresh.number, fresh.status, fresh.stands_out) == ("AV-000001", "open", True)
    assert (fresh.recipient_id, fresh.taken_by) == (str(luis.user_id), str(rosa.user_id))
    assert (fresh.caller_kind, fresh.customer_id) == ("customer", str(ferrer))
    assert (fresh.code, fresh.text, fresh.importance) == ("call_back", "Wants a visit", 4)
    assert fresh.taken_at == "2025-03-10T08:30:00.000000+00:00"  # held in UTC
    assert (fresh.forward_count, fresh.action_count, fresh.version) == (0, 0, 1)

    reception.forward(luis, logged.id, marta)
    reception.note_action(marta, logged.id, TAKEN_AT + timedelta(hours=1))
    reception.note_action(marta, logged.id, TAKEN_AT + timedelta(hours=2))
    resolved_at = TAKEN_AT + timedelta(hours=3)
    resolved = reception.resolve(marta, logged.id, resolved_at, code="informed")
    container.runner.catch_up()

    done = notice(container, rosa, logged.id)
    assert (done.status, done.stands_out, done.version) == ("resolved", False, resolved.version)
    assert (done.recipient_id, done.forward_count, done.action_count) == (str(marta.user_id), 1, 2)
    assert (done.resolver_id, done.department, done.work_centre) == (
        str(marta.user_id),
        "Sales",
        "Valencia",
    )
    assert (done.resolution_code, done.solution) == ("informed", "Sorted out")
    assert done.resolved_at == utc_text(resolved_at)
    stored = container.application.repository.get(logged.id)
    assert done.updated_at == utc_text(stored.modified_on)

    reopened = reception.reopen(luis, logged.id)
    container.runner.catch_up()

    again = notice(container, rosa, logged.id)
    assert (again.status, again.stands_out, again.version) == ("open", True, reopened.version)
    resolution = (again.resolver_id, again.department, again.resolution_code, again.resolved_at)
    assert resolution == (None, None, None, None)
    assert (again.forward_count, again.action_count) == (1, 2)  # its history stays counted


def test_the_list_filters_orders_and_pages_the_companys_notices(container: Container) -> None:
    office = Office(container.application)
    reception = Reception(office, open_attachment_store(container))
    rosa, luis = office.hire("Rosa Gil", "office"), office.hire("Luis Pons", "agent")
    ferrer = office.customer(rosa, "Ferrer SL")
    ids = {}
    for hours, (text, importance, kind) in enumerate(CALLS):
        written = reception.log(
            rosa,
            luis,
            text,
            customer_id=ferrer if kind == "customer" else None,
            caller_kind=kind,
            importance=importance,
            taken_at=TAKEN_AT + timedelta(hours=hours),
        )
        ids[text] = written.id
    for text in ("Invoice", "Spare part"):
        reception.resolve(luis, ids[text], TAKEN_AT + timedelta(days=1))
    elsewhere = Office(container.application, slug="globex")
    gus = elsewhere.hire("Gus", "office")
    Reception(elsewhere, reception.attachments).log(gus, gus, "Not ours", taken_at=TAKEN_AT)
    container.runner.catch_up()
    company_id = str(rosa.company_id)

    def page(
        filter_: Filter | None, order: list[tuple[str, bool]], window: Window
    ) -> Page[NoticeRow]:
        return NOTICES.page(container.store, whole_company(company_id), filter_, order, window)

    def texts(filter_: Filter | None, order: list[tuple[str, bool]]) -> list[str]:
        return [row.text for row in page(filter_, order, Window(first=3)).rows]

    newest_first = page(None, [], Window(first=3))
    assert [row.text for row in newest_first.rows] == ["Visit", "Spare part", "Quote"]
    rest = page(None, [], Window(after=newest_first.positions[-1], first=3))
    assert [row.text for row in rest.rows] == ["Invoice", "Boiler"]
    assert texts(None, [("standsOut", True), ("importance", True)]) == ["Quote", "Visit", "Boiler"]
    unresolved = Condition("standsOut", "eq", True)
    assert texts(unresolved, [("number", False)]) == ["Boiler", "Quote", "Visit"]
    assert texts(Condition("standsOut", "eq", False), [("number", False)]) == [
        "Invoice",
        "Spare part",
    ]
    important = AllOf([unresolved, Condition("importance", "gte", 3)])
    assert texts(important, [("takenAt", False)]) == ["Quote", "Visit"]
    assert texts(Condition("customerId", "eq", str(ferrer)), [("number", True)]) == [
        "Visit",
        "Quote",
        "Boiler",
    ]
    assert texts(Condition("callerKind", "in", ["supplier", "other"]), [("number", False)]) == [
        "Invoice",
        "Spare part",
    ]
    later = Condition("takenAt", "gte", TAKEN_AT + timedelta(hours=3))
    assert texts(later, [("takenAt", False)]) == ["Spare part", "Visit"]
    assert texts(Condition("resolvedAt", "is_null", False), [("number", False)]) == [
        "Invoice",
        "Spare part",
    ]
    page = NOTICES.page(container.store, whole_company(company_id), unresolved, [], Window(first=1))
    assert page.total_count == 3
