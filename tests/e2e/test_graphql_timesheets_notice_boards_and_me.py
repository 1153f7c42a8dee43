"""Each user's own views through GraphQL: `me`, timesheets (own, or anyone's for managers), and
the notice board of alerts (a manager's new incidents, a technician's assignments)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app

MADRID = timezone(timedelta(hours=1))

TIMESHEET = """
query ($employee: ID!, $from: Date!, $to: Date!) {
  timesheet(employeeId: $employee, from: $from, to: $to) {
    employee { name }
    totalMinutes
    days {
      day totalMinutes
      lines { startedAt endedAt minutes note sourceType sourceId sourceNumber }
    }
  }
}
"""

NOTICE_BOARD = """
query ($unreadOnly: Boolean!) {
  noticeBoard(unreadOnly: $unreadOnly) {
    unreadCount
    alerts { id kind record { id number } title createdAt readAt }
  }
}
"""

MARCH = {"from": "2025-03-01", "to": "2025-03-31"}


def test_a_timesheet_adds_up_each_day_and_only_its_owner_or_a_manager_reads_it(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        office = api.office
        manager = api.hire("Marta Vidal", "manager")
        ana = api.hire("Ana Martín", "technician")
        pablo = api.hire("Pablo Sanz", "technician")
        incident = office.open(manager.who, office.customer(manager.who, "Talleres Ruiz"), "Jam")
        office.follow_up(ana.who, incident.id, datetime(2025, 3, 3, 9, tzinfo=MADRID), 90)
        office.follow_up(ana.who, incident.id, datetime(2025, 3, 3, 11, tzinfo=MADRID), 45)
        # Just after midnight in Madrid: the 4th there, still the 3rd in UTC.
        office.follow_up(ana.who, incident.id, datetime(2025, 3, 4, 0, 30, tzinfo=MADRID), 30)
        office.follow_up(pablo.who, incident.id, datetime(2025, 3, 5, 8, tzinfo=MADRID), 60)
        office.follow_up(ana.who, incident.id, datetime(2025, 4, 1, 8, tzinfo=MADRID), 15)

        own = api.read(ana, TIMESHEET, employee=ana.id, **MARCH)["timesheet"]
        assert own["employee"] == {"name": "Ana Martín"}
        assert own["totalMinutes"] == 165
        assert [(day["day"], day["totalMinutes"]) for day in own["days"]] == [
            ("2025-03-03", 135),
            ("2025-03-04", 30),
        ]
        first = own["days"][0]["lines"][0]
        assert first["minutes"] == 90 and first["note"] == "90 min"
        assert (first["sourceType"], first["sourceNumber"]) == ("incident", "INC-000001")
        assert first["sourceId"] == str(incident.id)
        assert datetime.fromisoformat(first["startedAt"]) == datetime(2025, 3, 3, 9, tzinfo=MADRID)
        assert datetime.fromisoformat(first["endedAt"]) == datetime(
            2025, 3, 3, 10, 30, tzinfo=MADRID
        )

        refused = api.errors(ana, TIMESHEET, employee=pablo.id, **MARCH)
        assert refused == ["you may read only your own timesheet"]
        pablos = api.read(manager, TIMESHEET, employee=pablo.id, **MARCH)["timesheet"]
        assert pablos["totalMinutes"] == 60
        nobody = api.read(manager, TIMESHEET, employee=str(uuid.uuid4()), **MARCH)
        assert nobody["timesheet"] is None
        backwards = api.errors(
            manager, TIMESHEET, employee=ana.id, **{"from": "2025-03-02", "to": "2025-03-01"}
        )
        assert "days after `from`" in backwards[0]


def test_the_notice_board_shows_a_manager_new_incidents_and_a_technician_assignments(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        office = api.office
        manager = api.hire("Marta Vidal", "manager")
        agent = api.hire("Lucía Gómez", "agent")
        ana = api.hire("Ana Martín", "technician")
        customer = office.customer(agent.who, "Talleres Ruiz")
        jam = office.open(agent.who, customer, "Printer jams")
        office.open(agent.who, customer, "Solved on the phone", resolution="Restarted it")
        office.assign(agent.who, jam.id, ana.who)

        board = api.read(manager, NOTICE_BOARD, unreadOnly=False)["noticeBoard"]
        assert board["unreadCount"] == 1
        [alert] = board["alerts"]
        assert alert["kind"] == "incident_opened"
        assert alert["record"] == {"id": str(jam.id), "number": "INC-000001"}
        assert "Printer jams" in alert["title"] and alert["readAt"] is None

        technicians = api.read(ana, NOTICE_BOARD, unreadOnly=False)["noticeBoard"]
        assert [a["kind"] for a in technicians["alerts"]] == ["incident_assigned"]
        assert api.read(agent, NOTICE_BOARD, unreadOnly=False)["noticeBoard"] == {
            "unreadCount": 0,
            "alerts": [],
        }

        office.mark_read(manager.who, alert["id"])
        read = api.read(manager, NOTICE_BOARD, unreadOnly=False)["noticeBoard"]
        assert read["unreadCount"] == 0 and read["alerts"][0]["readAt"] is not None
        assert api.read(manager, NOTICE_BOARD, unreadOnly=True)["noticeBoard"]["alerts"] == []


def test_me_is_the_calling_user(settings: Settings) -> None:
    with running_app(settings) as api:
        ana = api.hire("Ana Martín", "technician")
        me = api.read(ana, "{ me { id name role company { id } } }")["me"]
        assert me == {
            "id": ana.id,
            "name": "Ana Martín",
            "role": "technician",
            "company": {"id": str(ana.who.company_id)},
        }
