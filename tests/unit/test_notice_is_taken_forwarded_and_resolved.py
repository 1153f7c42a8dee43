"""The notice's rules (DOMAIN.md, Notice (aviso)), one story per rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidCallerError,
    InvalidImportanceError,
    InvalidTimeRangeError,
    MissingCommandContextError,
    NaiveDateTimeError,
)
from cronica.domain.notice import Notice
from cronica.domain.notice_values import Caller, CallerKind, NoticeAction, NoticeStatus, Resolution
from tests.fixtures.domain_records import ACME, assert_stamped_by, replayed

TAKEN_AT = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
RECEPTION, SALES = UUID(int=1), UUID(int=2)
CUSTOMER = uuid4()
DONE = Resolution(TAKEN_AT + timedelta(hours=3), SALES, "Sales", "Valencia", "CALLED-BACK", "Sent")


def new_notice(**changes: Any) -> Notice:
    """A call from a customer for RECEPTION, taken at 9:30, rated 3; `changes` override."""
    arguments: dict[str, Any] = {
        "company_id": ACME,
        "number": "AV-000001",
        "taken_at": TAKEN_AT,
        "caller": Caller(CallerKind.CUSTOMER, CUSTOMER, "Lucía Ferrer", "+34 600 111 222"),
        "recipient_id": RECEPTION,
        "code": "CALL-BACK",
        "text": "Wants the quote for the label printers before Friday.",
        "importance": 3,
    }
    return Notice.log(**arguments | changes)


def test_a_notice_is_logged_for_its_recipient_taken_by_the_actor(acting: CommandContext) -> None:
    notice = new_notice()

    (logged,) = notice.collect_events()
    assert isinstance(logged, Notice.Logged)
    assert (logged.caller_kind, logged.caller_name, logged.taken_by) == (
        "customer",
        "Lucía Ferrer",
        acting.actor_id,
    )
    assert notice.caller == Caller(CallerKind.CUSTOMER, CUSTOMER, "Lucía Ferrer", "+34 600 111 222")
    assert (notice.recipient_id, notice.code, notice.importance) == (RECEPTION, "CALL-BACK", 3)
    assert (notice.status, notice.stands_out, notice.version) == (NoticeStatus.OPEN, True, 1)
    assert vars(replayed(Notice, [logged])) == vars(notice)


@pytest.mark.parametrize("kind", [CallerKind.SUPPLIER, CallerKind.OTHER])
def test_only_a_customer_caller_names_a_customer_record(
    acting: CommandContext, kind: CallerKind
) -> None:
    with pytest.raises(InvalidCallerError):
        new_notice(caller=Caller(kind, CUSTOMER, "Pedro Gil"))

    notice = new_notice(caller=Caller(kind, None, "Pedro Gil", "+34 961 000 000"))
    assert notice.caller.kind is kind and notice.caller.customer_id is None


@pytest.mark.parametrize("importance", [-1, 0, 6])
def test_importance_is_rated_from_one_to_five(acting: CommandContext, importance: int) -> None:
    with pytest.raises(InvalidImportanceError):
        new_notice(importance=importance)

    assert [new_notice(importance=rating).importance for rating in (1, 5)] == [1, 5]


def test_times_must_carry_their_time_zone(acting: CommandContext) -> None:
    naive = datetime(2025, 3, 10, 12, 0)
    with pytest.raises(NaiveDateTimeError):
        new_notice(taken_at=naive)
    notice = new_notice()
    notice.collect_events()

    with pytest.raises(NaiveDateTimeError):
        notice.note_action("Called him back", naive)
    with pytest.raises(NaiveDateTimeError):
        notice.resolve(replace(DONE, resolved_at=naive))
    assert notice.collect_events() == []


def test_a_notice_is_forwarded_only_to_another_recipient(acting: CommandContext) -> None:
    notice = new_notice()
    notice.collect_events()

    with pytest.raises(IllegalTransitionError):
        notice.forward(RECEPTION, "To myself")
    assert notice.collect_events() == []

    notice.forward(SALES, "He asked for the sales agent")
    notice.forward(RECEPTION)
    first, second = notice.collect_events()
    assert isinstance(first, Notice.Forwarded) and isinstance(second, Notice.Forwarded)
    assert (first.previous_recipient_id, first.recipient_id, first.comment) == (
        RECEPTION,
        SALES,
        "He asked for the sales agent",
    )
    assert (second.previous_recipient_id, second.comment) == (SALES, None)
    assert notice.recipient_id == RECEPTION


def test_actions_record_what_was_done_by_whom_and_when(acting: CommandContext) -> None:
    notice = new_notice()
    later = TAKEN_AT + timedelta(hours=1)

    notice.note_action("Called him back: no answer", later)
    notice.note_action("Sent the quote by e-mail", TAKEN_AT)
    with pytest.raises(InvalidTimeRangeError):
        notice.note_action("Before the call came in", TAKEN_AT - timedelta(minutes=1))

    expected = [
        NoticeAction("Called him back: no answer", acting.actor_id, later),
        NoticeAction("Sent the quote by e-mail", acting.actor_id, TAKEN_AT),
    ]
    assert notice.actions == expected
    assert replayed(Notice, notice.collect_events()).actions == expected


def test_a_resolved_notice_keeps_who_resolved_it_and_how(acting: CommandContext) -> None:
    notice = new_notice()
    with pytest.raises(InvalidTimeRangeError):
        notice.resolve(replace(DONE, resolved_at=TAKEN_AT - timedelta(seconds=1)))

    notice.resolve(DONE)

    assert (notice.status, notice.stands_out, notice.resolution) == (
        NoticeStatus.RESOLVED,
        False,
        DONE,
    )
    events = notice.collect_events()
    resolved = events[-1]
    assert isinstance(resolved, Notice.Resolved)
    assert (resolved.resolver_id, resolved.work_centre, resolved.resolution_code) == (
        SALES,
        "Valencia",
        "CALLED-BACK",
    )
    assert replayed(Notice, events).resolution == DONE


def test_a_resolved_notice_refuses_work_until_it_is_reopened(acting: CommandContext) -> None:
    notice = new_notice()
    notice.resolve(DONE)
    notice.collect_events()

    refused = [
        lambda: notice.forward(SALES),
        lambda: notice.note_action("More work", TAKEN_AT),
        lambda: notice.resolve(DONE),
    ]
    for command in refused:
        with pytest.raises(IllegalTransitionError):
            command()
    assert notice.collect_events() == []

    notice.reopen("The quote never arrived")
    assert (notice.status, notice.stands_out, notice.resolution) == (NoticeStatus.OPEN, True, None)
    with pytest.raises(IllegalTransitionError):
        notice.reopen("Reopened twice")
    notice.forward(SALES)
    assert [type(e) for e in notice.collect_events()] == [Notice.Reopened, Notice.Forwarded]


def test_every_event_says_which_company_who_and_in_which_request(acting: CommandContext) -> None:
    notice = new_notice()
    notice.forward(SALES)
    notice.note_action("Called back", TAKEN_AT)
    notice.resolve(DONE)
    notice.reopen("Not solved")

    events = notice.collect_events()

    assert len(events) == 5
    assert_stamped_by(events, acting)


def test_no_notice_can_be_logged_outside_a_command() -> None:
    with pytest.raises(MissingCommandContextError):
        new_notice()
