"""Agendas through GraphQL: one's own by day, working week, week and month; a colleague's and a
team's (a business unit and the units under it) for managers only; filtered and paged."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from cronica.commands import organisation
from cronica.commands.models.organisation import AddBusinessUnit, MoveToUnit
from cronica.domain.ownership import root_unit_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.agenda_desk import AgendaDesk
from tests.fixtures.staff.office import call_of

MADRID = timezone(timedelta(hours=1))
# A week of March 2026, before Spain's clocks change: Monday 9 to Sunday 15.
MONDAY = date(2026, 3, 9)

AGENDA = """
query ($userId: ID, $teamId: ID, $view: AgendaView!, $date: Date, $filter: AgendaFilter,
       $first: Int, $after: String) {
  agenda(userId: $userId, teamId: $teamId, view: $view, date: $date, filter: $filter,
         first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      kind title recordNumber day startsAt endsAt allDay status
      user { name } customer { name }
    } }
  }
}
"""


def at(day: int, hour: int) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), time(hour), MADRID)


def titles(api: GraphQLApi, reader: Person, **variables: Any) -> list[str]:
    answer = api.read(reader, AGENDA, **{"date": MONDAY.isoformat(), **variables})["agenda"]
    return [edge["node"]["title"] for edge in answer["edges"]]


def test_a_user_reads_his_days_weeks_and_month_soonest_first(settings: Settings) -> None:
    with running_app(settings) as api:
        desk = AgendaDesk(api.office)
        sara = api.hire("Sara Vidal", "agent")
        customer = api.office.customer(sara.who, "Ferrer SL")
        desk.plan_task(sara.who, customer, at(0, 10), operatorId=sara.id, description="Call Ferrer")
        desk.put_entry(sara.who, at(2, 0), at(3, 0), "Trade fair", allDay=True)
        desk.put_entry(sara.who, at(5, 9), at(5, 13), "Saturday market")
        desk.put_entry(sara.who, at(14, 9), at(14, 10), "Later this month")
        desk.put_entry(sara.who, at(30, 9), at(30, 10), "Next month")

        assert titles(api, sara, view="DAY") == ["Call Ferrer"]
        assert titles(api, sara, view="WORK_WEEK") == ["Call Ferrer", "Trade fair"]
        assert titles(api, sara, view="WEEK") == ["Call Ferrer", "Trade fair", "Saturday market"]
        assert titles(api, sara, view="MONTH") == [
            "Call Ferrer",
            "Trade fair",
            "Saturday market",
            "Later this month",
        ]
        week = api.read(sara, AGENDA, view="WEEK", date="2026-03-15")["agenda"]["edges"]
        task, fair = week[0]["node"], week[1]["node"]
        assert task == {
            "kind": "TASK",
            "title": "Call Ferrer",
            "recordNumber": "T-000001",
            "day": "2026-03-09",
            "startsAt": "2026-03-09T09:00:00+00:00",
            "endsAt": None,
            "allDay": False,
            "status": "planned",
            "user": {"name": "Sara Vidal"},
            "customer": {"name": "Ferrer SL"},
        }
        assert (fair["kind"], fair["allDay"], fair["day"]) == ("AGENDA_ENTRY", True, "2026-03-11")

        entries = {"kind": {"eq": "AGENDA_ENTRY"}, "allDay": {"eq": False}}
        assert titles(api, sara, view="MONTH", filter=entries) == [
            "Saturday market",
            "Later this month",
        ]
        first = api.read(sara, AGENDA, view="MONTH", date="2026-03-01", first=3)["agenda"]
        assert (first["totalCount"], first["pageInfo"]["hasNextPage"]) == (4, True)
        rest = titles(api, sara, view="MONTH", after=first["pageInfo"]["endCursor"])
        assert rest == ["Later this month"]


def test_managers_read_a_colleagues_and_a_teams_agenda_and_others_may_not(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        desk = AgendaDesk(api.office)
        admin, rosa = api.hire("Admin", "admin"), api.hire("Rosa Pla", "manager")
        pau, eva = api.hire("Pau Roig", "technician"), api.hire("Eva Soler", "technician")
        sara = api.hire("Sara Vidal", "agent")
        service = _unit(api, admin, "Servicio técnico", root_unit_id_for(admin.who.company_id))
        north = _unit(api, admin, "Zona norte", service)
        _move(api, admin, pau, service)
        _move(api, admin, eva, north)
        for person, day in ((pau, 0), (eva, 1), (sara, 2)):
            desk.put_entry(person.who, at(day, 9), at(day, 10), f"{person.who.name}'s round")

        assert titles(api, rosa, view="WEEK", userId=eva.id) == ["Eva Soler's round"]
        assert titles(api, rosa, view="WEEK", teamId=str(service)) == [
            "Pau Roig's round",
            "Eva Soler's round",
        ]
        assert titles(api, rosa, view="WEEK", teamId=str(north)) == ["Eva Soler's round"]
        assert titles(api, sara, view="WEEK", userId=sara.id) == ["Sara Vidal's round"]

        refusals = (
            ({"userId": pau.id}, "only the user's managers, admins and auditors read his agenda"),
            (
                {"teamId": str(service)},
                "only the team's managers, admins and auditors read a team's agendas",
            ),
        )
        for asked, refusal in refusals:
            errors = api.errors(sara, AGENDA, view="WEEK", date=MONDAY.isoformat(), **asked)
            assert errors == [refusal]
        both = api.errors(rosa, AGENDA, view="WEEK", userId=pau.id, teamId=str(service))
        assert both == ["ask for a user's agenda or a team's, not both"]


def _unit(api: GraphQLApi, admin: Person, name: str, parent: Any) -> Any:
    body = AddBusinessUnit(name=name, parent_id=parent)
    return organisation.add_business_unit(call_of(api.app, admin.who), body).id


def _move(api: GraphQLApi, admin: Person, person: Person, unit: Any) -> None:
    body = MoveToUnit(unit_id=unit)
    organisation.move_user_to_unit(call_of(api.app, admin.who), person.who.user_id, body)
