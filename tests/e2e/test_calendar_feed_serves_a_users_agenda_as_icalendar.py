"""A user's agenda as an iCalendar (RFC 5545) feed: he issues its secret URL, a calendar program
reads every item of his agenda from it, and issuing again makes the old URL stop working."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit

from icalendar import Calendar

from cronica.domain.user import token_digest
from cronica.ops.settings import Settings
from cronica.projections.agenda.queries import agenda_page
from cronica.projections.agenda.rows import AGENDA_TIME_ZONE
from cronica.projections.paging import Window
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.agenda_desk import AgendaDesk

MADRID = timezone(timedelta(hours=1))


def issue_feed(api: GraphQLApi, person: Person) -> str:
    """The path of the person's new feed URL."""
    response = api.client.post(
        "/v1/me/calendar-feed", headers={"Authorization": f"Bearer {person.token}"}
    )
    assert response.status_code == 200, response.text
    url = response.json()["url"]
    base = api.container.settings.public_base_url
    assert url.startswith(f"{base}/calendar/") and url.endswith(".ics")
    return urlsplit(url).path


def test_a_calendar_program_reads_every_item_of_the_agenda(settings: Settings) -> None:
    with running_app(settings, run_projections=False) as api:
        desk, office = AgendaDesk(api.office), api.office
        rosa, pau = api.hire("Rosa Pla", "manager"), api.hire("Pau Roig", "technician")
        customer = office.customer(rosa.who, "Ferrer SL")
        today = datetime.now(AGENDA_TIME_ZONE).date()
        tomorrow = datetime.combine(today + timedelta(days=1), time(0), MADRID)
        desk.put_entry(pau.who, tomorrow, tomorrow + timedelta(days=2), "Course", allDay=True)
        desk.put_entry(pau.who, tomorrow + timedelta(hours=9), tomorrow + timedelta(hours=10), "Ñu")
        desk.plan_task(pau.who, customer, tomorrow + timedelta(hours=12), operatorId=pau.id)
        desk.represent(rosa.who, customer, pau.who)
        desk.plan_visits(rosa.who, customer, ["monday", "thursday"], today)
        office.assign(rosa.who, office.open(rosa.who, customer, "Boiler stops").id, pau.who)
        desk.put_entry(
            pau.who, tomorrow + timedelta(days=200), tomorrow + timedelta(days=201), "Far"
        )
        api.container.reactor.catch_up()
        api.container.runner.catch_up()
        path = issue_feed(api, pau)
        api.container.runner.catch_up()

        response = api.client.get(path)

        assert response.status_code == 200
        assert response.headers["content-type"] == "text/calendar; charset=utf-8"
        calendar = Calendar.from_ical(response.content)
        assert str(calendar["version"]) == "2.0" and str(calendar["prodid"])
        assert str(calendar["x-wr-calname"]) == "Cronica: Pau Roig"
        events = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
        days = (today - timedelta(days=30), today + timedelta(days=180))
        company = str(pau.who.company_id)
        items = agenda_page(
            api.container.store,
            whole_company(company),
            [pau.id],
            days,
            None,
            [],
            Window(first=1000),
            AGENDA_TIME_ZONE,
        ).rows
        kinds = {item.kind for item in items}
        assert kinds == {"agenda_entry", "task", "customer_visit", "incident"}
        assert "Far" not in {item.title for item in items}
        assert sorted(events) == sorted(f"{item.id}@cronica" for item in items)
        for item in items:
            event = events[f"{item.id}@cronica"]
            number = f"{item.record_number} " if item.record_number else ""
            assert str(event["summary"]) == f"{number}{item.title}"
            assert item.kind in str(event["description"]).replace(" ", "_")
            assert event["dtstamp"].dt.tzinfo is not None
            start, end = event["dtstart"].dt, event.get("dtend")
            if item.all_day:
                assert type(start) is date and start.isoformat() == item.day
                assert end.dt == date.fromisoformat(item.last_day) + timedelta(days=1)
            else:
                # iCalendar times are to the second.
                assert start == _to_the_second(item.starts_at)
                assert start.tzinfo is not None and start.utcoffset() == timedelta(0)
                ends = _to_the_second(item.ends_at) if item.ends_at else None
                assert (end.dt if end else None) == ends
        assert events[next(f"{i.id}@cronica" for i in items if i.title == "Ñu")]["summary"] == "Ñu"

        again = api.client.get(path)
        assert again.content.replace(b"\r\n", b"\n").count(b"BEGIN:VEVENT") == len(items)


def test_a_new_feed_url_replaces_the_old_one(settings: Settings) -> None:
    with running_app(settings, run_projections=False) as api:
        pau = api.hire("Pau Roig", "technician")
        first = issue_feed(api, pau)
        api.container.runner.catch_up()
        assert api.client.get(first).status_code == 200

        second = issue_feed(api, pau)
        api.container.runner.catch_up()

        assert second != first
        assert api.client.get(first).status_code == 404
        assert api.client.get(second).status_code == 200
        assert api.client.get("/calendar/not-a-secret.ics").status_code == 404
        unauthenticated = api.client.post("/v1/me/calendar-feed")
        assert unauthenticated.status_code == 401


def test_the_events_keep_only_a_digest_of_the_secret(settings: Settings) -> None:
    with running_app(settings, run_projections=False) as api:
        pau = api.hire("Pau Roig", "technician")
        path = issue_feed(api, pau)
        secret = path.removeprefix("/calendar/").removesuffix(".ics")

        stored = [item.state for item in api.app.recorder.select_events(pau.who.user_id)]

        assert not any(secret.encode() in state for state in stored)
        assert any(token_digest(secret).encode() in state for state in stored)


def _to_the_second(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(microsecond=0)
