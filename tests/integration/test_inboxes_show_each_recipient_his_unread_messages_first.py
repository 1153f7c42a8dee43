"""Inboxes: a message sent to several users lands in each one's inbox; each reads and archives his
own copy, unread ones come first, and the counts a user is warned of at login add up his unread
alerts, open notices and unread messages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cronica.commands.results import Principal
from cronica.ops.container import Container, open_attachment_store
from cronica.projections.filtering import Condition, Filter
from cronica.projections.messages.projection import PREVIEW_LENGTH
from cronica.projections.messages.queries import inbox_of
from cronica.projections.messages.rows import InboxEntryRow
from cronica.projections.notice_board.queries import BoardCounts, board_counts
from cronica.projections.paging import Window
from cronica.projections.rows import utc_text
from tests.fixtures.scopes import own_only
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.reception import Reception

CANARIES = timezone(timedelta(hours=0))
REMIND_AT = datetime(2025, 3, 11, 9, tzinfo=timezone(timedelta(hours=1)))


def inbox(
    container: Container,
    who: Principal,
    filter_: Filter | None = None,
    *,
    unread_only: bool = False,
    archived: bool = False,
) -> list[InboxEntryRow]:
    page = inbox_of(
        container.store,
        own_only(str(who.company_id), str(who.user_id)),
        filter_,
        [],
        Window(first=100),
        unread_only=unread_only,
        archived=archived,
    )
    assert page.total_count == len(page.rows)
    return page.rows


def subjects(rows: list[InboxEntryRow]) -> list[str]:
    return [row.subject for row in rows]


def test_each_recipient_reads_and_archives_his_own_copy(container: Container) -> None:
    office = Office(container.application)
    reception = Reception(office, open_attachment_store(container))
    rosa, luis = office.hire("Rosa Gil", "office"), office.hire("Luis Pons", "technician")
    eva = office.hire("Eva Soto", "technician")
    long_body = "Take the spare roller\n to   Talleres Pérez. " * 10
    roller = reception.send(
        rosa,
        [luis, eva],
        "Spare roller",
        body=long_body,
        remind_at=REMIND_AT,
        files=[b"delivery note", b"invoice"],
    )
    container.runner.catch_up()

    [copy] = inbox(container, luis)
    assert subjects(inbox(container, eva)) == ["Spare roller"] and inbox(container, rosa) == []
    assert (copy.id, copy.user_id, copy.sender_id) == (
        str(roller.id),
        str(luis.user_id),
        str(rosa.user_id),
    )
    assert (copy.body, copy.attachment_count, copy.version) == (long_body, 2, 1)
    assert copy.body_preview.startswith("Take the spare roller to Talleres Pérez. Take")
    assert len(copy.body_preview) == PREVIEW_LENGTH and copy.body_preview.endswith("…")
    assert (copy.reminder, copy.remind_at) == (1, utc_text(REMIND_AT))
    assert (copy.read_at, copy.archived_at) == (None, None)
    message = container.application.repository.get(roller.id)
    assert copy.sent_at == utc_text(message.created_on)

    reception.read(luis, roller.id)
    reception.clear_reminder(eva, roller.id)
    archived = reception.archive(eva, roller.id)
    container.runner.catch_up()

    [read] = inbox(container, luis)
    message = container.application.repository.get(roller.id)
    assert read.read_at == utc_text(message.read_at[luis.user_id])
    assert (read.reminder, read.remind_at, read.version) == (0, None, archived.version)
    assert inbox(container, eva) == [] and inbox(container, luis, unread_only=True) == []
    [put_away] = inbox(container, eva, archived=True)
    assert (put_away.read_at, put_away.archived_at) == (None, utc_text(message.modified_on))


def test_unread_messages_come_first_then_the_newest(container: Container) -> None:
    office = Office(container.application)
    reception = Reception(office, open_attachment_store(container))
    rosa, luis = office.hire("Rosa Gil", "office"), office.hire("Luis Pons", "technician")
    sent = {
        subject: reception.send(rosa, [luis], subject, reminder=subject == "Two").id
        for subject in ("One", "Two", "Three", "Four")
    }
    reception.read(luis, sent["Four"])
    reception.read(luis, sent["Two"])
    container.runner.catch_up()

    assert subjects(inbox(container, luis)) == ["Three", "One", "Four", "Two"]
    assert subjects(inbox(container, luis, unread_only=True)) == ["Three", "One"]
    assert subjects(inbox(container, luis, Condition("unread", "eq", False))) == ["Four", "Two"]
    assert subjects(inbox(container, luis, Condition("reminder", "eq", True))) == ["Two"]
    from_rosa = Condition("senderId", "eq", str(rosa.user_id))
    assert len(inbox(container, luis, from_rosa)) == 4
    scope, oldest = own_only(str(luis.company_id), str(luis.user_id)), [("sentAt", False)]
    first = inbox_of(container.store, scope, None, oldest, Window(first=1))
    after_it = Window(after=first.positions[-1], first=2)
    oldest_first = inbox_of(container.store, scope, None, oldest, after_it)
    assert subjects(oldest_first.rows) == ["Two", "Three"] and oldest_first.total_count == 4


def test_the_login_warning_counts_alerts_open_notices_and_unread_messages(
    container: Container,
) -> None:
    office = Office(container.application)
    reception = Reception(office, open_attachment_store(container))
    ana, rosa = office.hire("Ana Ruiz", "manager"), office.hire("Rosa Gil", "office")
    shop = office.customer(rosa, "Shop")
    office.open(rosa, shop, "Fridge")  # an alert for the manager
    taken_at = datetime(2025, 3, 10, 9, tzinfo=CANARIES)
    calls = [reception.log(rosa, ana, text, taken_at=taken_at).id for text in ("Call", "Visit")]
    reception.resolve(ana, calls[0], taken_at + timedelta(hours=1))
    read, archived, _ = (reception.send(rosa, [ana], s).id for s in ("A", "B", "C"))
    reception.read(ana, read)
    reception.archive(ana, archived)
    reception.send(ana, [rosa], "To Rosa")
    elsewhere = Office(container.application, slug="globex")
    gus = elsewhere.hire("Gus", "manager")
    Reception(elsewhere, reception.attachments).log(gus, gus, "Not Ana's", taken_at=taken_at)
    container.runner.catch_up()

    counts = board_counts(container.store, own_only(str(ana.company_id), str(ana.user_id)))
    assert counts == BoardCounts(alerts=1, notices=1, messages=1)
    assert counts.total == 3
    assert subjects(inbox(container, ana, unread_only=True)) == ["C"]
    assert (
        board_counts(container.store, own_only(str(rosa.company_id), str(rosa.user_id))).total == 1
    )
