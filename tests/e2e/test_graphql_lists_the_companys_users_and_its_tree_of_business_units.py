"""The company's own people and organisation are read by everyone of it: `users` (filtered,
ordered, paged), `user(id)`, `businessUnits` with each unit's parent, children and members,
`businessUnit(id)`, and each user's unit; never another company's. A page of units with their
children and members costs a bounded number of queries."""

from __future__ import annotations

from cronica.domain.ownership import root_unit_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.business_units import move, unit
from tests.fixtures.staff.office import Office
from tests.fixtures.transaction_counter import TransactionCounter

TREE = """
query ($filter: BusinessUnitFilter) {
  businessUnits(filter: $filter, first: 100) {
    totalCount
    edges { node { name parent { name } children { totalCount edges { node { name } } }
                   members { edges { node { name unit { name } } } } } }
  }
}
"""
USERS = """
query ($filter: UserFilter) {
  users(filter: $filter, orderBy: [{field: NAME, direction: DESC}], first: 2) {
    totalCount edges { node { name role unitId } }
  }
}
"""


def test_everyone_reads_the_companys_users_and_unit_tree(settings: Settings) -> None:
    with running_app(settings) as api:
        admin = api.hire("Ana Admin", "admin")
        root = root_unit_id_for(admin.who.company_id)
        sales = unit(api.office, admin.who, "Ventas", root)
        north = unit(api.office, admin.who, "Ventas Norte", sales)
        agent = api.hire("Lucía Gómez", "agent")
        move(api.office, admin.who, agent.who, north)
        api.hire("Gus", "admin", Office(api.app, slug="globex"))

        data = api.read(agent, TREE)["businessUnits"]
        units = {edge["node"]["name"]: edge["node"] for edge in data["edges"]}
        assert data["totalCount"] == 3 and set(units) == {
            units_root(units),
            "Ventas",
            "Ventas Norte",
        }
        assert units["Ventas"]["parent"] == {"name": units_root(units)}
        assert units["Ventas"]["children"] == {
            "totalCount": 1,
            "edges": [{"node": {"name": "Ventas Norte"}}],
        }
        members = units["Ventas Norte"]["members"]["edges"]
        assert members == [{"node": {"name": "Lucía Gómez", "unit": {"name": "Ventas Norte"}}}]

        top = api.read(agent, TREE, filter={"parentId": {"isNull": True}})["businessUnits"]
        assert [edge["node"]["parent"] for edge in top["edges"]] == [None]

        people = api.read(agent, USERS)["users"]
        assert people["totalCount"] == 2  # not the other company's admin
        assert [edge["node"]["name"] for edge in people["edges"]] == ["Lucía Gómez", "Ana Admin"]
        admins = api.read(agent, USERS, filter={"role": {"eq": "admin"}})["users"]
        assert [edge["node"]["role"] for edge in admins["edges"]] == ["admin"]

        one = "query ($id: ID!) { user(id: $id) { name unit { name } }"
        one += " businessUnit(id: $id) { name } }"
        assert api.read(agent, one, id=agent.id) == {
            "user": {"name": "Lucía Gómez", "unit": {"name": "Ventas Norte"}},
            "businessUnit": None,
        }
        assert api.read(agent, one, id=str(sales))["businessUnit"] == {"name": "Ventas"}
        assert api.read(agent, "{ me { unit { name } } }") == {
            "me": {"unit": {"name": "Ventas Norte"}}
        }


def units_root(units: dict[str, dict[str, object]]) -> str:
    """The name of the company's top unit (made with the company)."""
    return next(name for name, node in units.items() if node["parent"] is None)


def test_a_page_of_units_with_children_and_members_costs_a_bounded_number_of_queries(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        admin = api.hire("Ana Admin", "admin")
        parent = root_unit_id_for(admin.who.company_id)
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)
        counts = []
        for size in (2, 5, 8, 11):
            while len(api.read(admin, TREE)["businessUnits"]["edges"]) < size:
                parent = unit(api.office, admin.who, f"Unidad {size}-{parent}", parent)
                move(api.office, admin.who, api.hire(f"P {parent}", "agent").who, parent)
                api.container.runner.catch_up()
            counter.count = 0
            api.read(admin, TREE)
            counts.append(counter.count)
        assert len(set(counts)) == 1, counts
