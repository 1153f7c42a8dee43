"""Eight tasks of one company in known states, T-000001 to T-000008, for the stories of the task
list and its work queues (integration and GraphQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from uuid import UUID

from tests.integration.office import Office
from tests.integration.task_office import TaskOffice, work

MADRID = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=MADRID)
LAST_YEAR = datetime(2025, 5, 6, 16, 30, tzinfo=UTC)


def day(days: int, zone: timezone = MADRID) -> datetime:
    """9:00 in Madrid, `days` after Monday, written in `zone`."""
    return (MONDAY + timedelta(days=days)).astimezone(zone)


class TaskDesk:
    """Ada (admin), Marta and Pau (agents), and customers Shop, Bar and Cafe (no tasks):

    1. Shop call on Monday, Marta's, with an end, tagged vip and quote
    2. Bar visit on Tuesday, in preparation, without an end
    3. Shop objection on Wednesday (planned in New York time), in preparation, with an end,
       tagged vip2
    4. Bar quote last year, a history note of Pau's (done, not followed up)
    5. Bar call on Thursday, Pau's, followed up by 6
    6. Bar visit on Saturday, Marta's, without an end
    7. Shop appointment on Friday, Marta's, closed (done, not followed up)
    8. Shop call on Sunday, Pau's, cancelled
    """

    def __init__(self, office: Office) -> None:
        self.office = office
        tasks = self.tasks = TaskOffice(office)
        self.admin = office.hire("Ada", "admin")
        marta = self.marta = office.hire("Marta", "agent")
        pau = self.pau = office.hire("Pau", "agent")
        self.shop, self.bar, self.cafe = (
            office.customer(marta, n) for n in ("Shop", "Bar", "Cafe")
        )
        marta_does, pau_does = {"operatorId": marta.user_id}, {"operatorId": pau.user_id}
        shop, bar = self.shop, self.bar
        call = work("Call about the quote", day(0), endsAt=day(0) + timedelta(hours=1))
        objection = work("Answer the objection", day(2, NEW_YORK), type="objection")
        objection.update(endsAt=day(2, NEW_YORK) + timedelta(hours=2), tags=["vip2"])
        quote = work("Quote sent", LAST_YEAR, type="quote", endsAt=LAST_YEAR + timedelta(hours=1))
        appointment = work("Show the catalogue", day(4), type="appointment", **marta_does)
        self.ids: list[UUID] = [
            tasks.plan(marta, shop, {**call, **marta_does, "tags": ["vip", "quote"]}).id,
            tasks.plan(marta, bar, work("Visit the bar", day(1), type="visit")).id,
            tasks.plan(pau, shop, objection).id,
            tasks.record(pau, bar, quote).id,
            tasks.plan(pau, bar, work("Call back", day(3), **pau_does)).id,
        ]
        visit = work("Visit with samples", day(5), type="visit", **marta_does)
        self.ids.append(tasks.follow_up(pau, self.ids[4], "Wants a visit", visit))
        self.ids.append(tasks.plan(marta, shop, appointment).id)
        tasks.close(marta, self.ids[6], "Liked it")
        self.ids.append(tasks.plan(marta, shop, work("Call again", day(6), **pau_does)).id)
        tasks.cancel(marta, self.ids[7])

    def task_id(self, number: int) -> UUID:
        return self.ids[number - 1]


def numbers(task_numbers: list[str]) -> list[int]:
    """T-000004 -> 4."""
    return [int(number.removeprefix("T-")) for number in task_numbers]
