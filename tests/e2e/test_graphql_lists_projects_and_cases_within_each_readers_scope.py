"""Projects and cases are read like every record of the business: `projects` and `cases`
(filtered, ordered, paged), `project(id)` and `case(id)` with their customer, responsible or
owner and history, following each change (renamed, rescheduled, closed, reopened), and
downloaded as CSV like every list; a reader
sees those of his units and those naming him, and `node(id)` answers them too."""

from __future__ import annotations

from datetime import date

from cronica.commands.cases import close_case, open_case, rename_case
from cronica.commands.models.cases import CloseCase, OpenCase, RenameCase
from cronica.commands.models.projects import CloseProject, OpenProject, RescheduleProject
from cronica.commands.projects import close_project, open_project, reschedule_project
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.office import call_of
from tests.fixtures.staff.unit_tree import company

PROJECTS = """
query ($filter: ProjectFilter) {
  projects(filter: $filter, orderBy: [{field: NAME}]) {
    totalCount
    edges { node { number name status startsOn targetOn closingNote version
                   customer { name } responsible { name } history { type } } }
  }
}
"""
CASES = """
query ($id: ID!) {
  cases(filter: {status: {eq: CLOSED}}) { totalCount }
  case(id: $id) { number subject status outcome owner { name } customer { name } }
  node(id: $id) { __typename id }
}
"""


def test_projects_and_cases_follow_their_events(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        call = call_of(api.app, agent.who)
        starts = {"startsOn": date(2026, 3, 2), "targetOn": date(2026, 6, 30)}
        opened = open_project(
            call,
            OpenProject.model_validate(
                {"customerId": customer, "name": "Nave 2", "description": "Obra", **starts}
            ),
        )
        open_project(
            call_of(api.app, agent.who),
            OpenProject.model_validate(
                {"customerId": customer, "name": "Almacén", "description": "Obra", **starts}
            ),
        )
        moved = {"startsOn": date(2026, 4, 1), "targetOn": date(2026, 7, 31)}
        reschedule_project(
            call_of(api.app, agent.who), opened.id, RescheduleProject.model_validate(moved)
        )
        close_project(
            call_of(api.app, agent.who),
            opened.id,
            CloseProject(outcome="completed", note="Entregada"),
        )

        listed = api.read(agent, PROJECTS)["projects"]
        assert listed["totalCount"] == 2
        almacen, nave = (edge["node"] for edge in listed["edges"])
        assert nave == {
            "number": nave["number"],
            "name": "Nave 2",
            "status": "COMPLETED",
            "startsOn": "2026-04-01",
            "targetOn": "2026-07-31",
            "closingNote": "Entregada",
            "version": 3,
            "customer": {"name": "Talleres Ruiz"},
            "responsible": {"name": "Lucía Gómez"},
            "history": [
                {"type": "Project.Opened"},
                {"type": "Project.Rescheduled"},
                {"type": "Project.Closed"},
            ],
        }
        assert nave["number"].startswith("PR-") and almacen["status"] == "OPEN"
        still_open = api.read(agent, PROJECTS, filter={"status": {"eq": "OPEN"}})["projects"]
        assert [edge["node"]["name"] for edge in still_open["edges"]] == ["Almacén"]
        # Like every list, it downloads whole.
        headers = {"Authorization": f"Bearer {agent.token}"}
        exported = api.client.get("/v1/exports/projects.csv", headers=headers)
        assert exported.status_code == 200 and "Nave 2" in exported.text, exported.text

        case = open_case(
            call_of(api.app, agent.who),
            OpenCase(customer_id=customer, subject="Renovación", description="Contrato anual"),
        )
        rename_case(call_of(api.app, agent.who), case.id, RenameCase(subject="Renovación 2027"))
        close_case(call_of(api.app, agent.who), case.id, CloseCase(outcome="Firmado"))
        data = api.read(agent, CASES, id=str(case.id))
        assert data["cases"] == {"totalCount": 1}
        assert data["case"] == {
            "number": data["case"]["number"],
            "subject": "Renovación 2027",
            "status": "CLOSED",
            "outcome": "Firmado",
            "owner": {"name": "Lucía Gómez"},
            "customer": {"name": "Talleres Ruiz"},
        }
        assert data["node"] == {"__typename": "Case", "id": str(case.id)}


def test_projects_and_cases_are_read_within_each_readers_scope(settings: Settings) -> None:
    with running_app(settings) as api:
        acme = company(api)
        opened: dict[str, tuple[str, str]] = {}
        for name, customer in acme.customers.items():
            agent = acme.people[("agent", name)].who
            body = {"customerId": customer, "name": f"Obra {name}", "description": "Obra"}
            dates = {"startsOn": date(2026, 3, 2), "targetOn": date(2026, 6, 30)}
            project = open_project(
                call_of(api.app, agent), OpenProject.model_validate(body | dates)
            )
            case = open_case(
                call_of(api.app, agent),
                OpenCase.model_validate(
                    {"customerId": customer, "subject": name, "description": "-"}
                ),
            )
            opened[name] = (str(project.id), str(case.id))
        one = "query ($p: ID!, $c: ID!) { project(id: $p) { id } case(id: $c) { id } }"
        for (role, unit_name), reader in acme.people.items():
            visible = acme.visible_units(role, unit_name)
            listed = api.read(reader, "{ projects { totalCount } cases { totalCount } }")
            assert listed == {
                "projects": {"totalCount": len(visible)},
                "cases": {"totalCount": len(visible)},
            }, (role, unit_name)
            for name, (project, case) in opened.items():
                found = api.read(reader, one, p=project, c=case)
                seen = name in visible
                assert (found["project"] is not None, found["case"] is not None) == (seen, seen)
