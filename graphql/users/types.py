"""The User type (and the Company it belongs to), the BusinessUnit of the company's unit tree,
and loading a user by id through the request's DataLoader."""

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.first_pages import first_page
from cronica.graphql.node.types import Node
from cronica.graphql.read_api import Viewer
from cronica.graphql.row_objects import object_from_row
from cronica.projections.companies.queries import settings_of
from cronica.projections.users.rows import UnitRow, UserRow


@strawberry.type(description="A company: every user and record belongs to exactly one.")
class Company(Node):
    id: strawberry.ID

    @strawberry.field(
        description="Its IANA time zone (Europe/Madrid unless an admin set another): the days of "
        "agendas, the calendar feed and the times of exports are in it."
    )
    async def time_zone(self, info: Info) -> str:
        return (await info.context.api.run(settings_of, str(self.id))).time_zone

    @strawberry.field(
        description="Its locale (es-ES unless an admin set another): CSV exports use its "
        "delimiter (`;` where a decimal comma is written)."
    )
    async def locale(self, info: Info) -> str:
        return (await info.context.api.run(settings_of, str(self.id))).locale

    @classmethod
    def from_row(cls, company_id: str) -> "Company":
        """The company of this id (all a company's node needs: its fields read on demand)."""
        return cls(id=strawberry.ID(company_id))


@strawberry.type(description="A person of the company who acts in Cronica.")
class User(Node):
    id: strawberry.ID
    name: str
    role: str = strawberry.field(description="admin, manager, agent, technician or office.")
    company: Company
    unit_id: strawberry.ID = strawberry.field(description="The business unit he belongs to.")
    enabled: bool = strawberry.field(
        description="False once disabled: none of his tokens or sessions work until enabled."
    )

    @strawberry.field(description="The business unit he belongs to.")
    async def unit(self, info: Info) -> "BusinessUnit | None":
        return await unit_by_id(info, self.unit_id)

    @classmethod
    def from_row(cls, row: UserRow) -> "User":
        return object_from_row(cls, row, company=Company(id=strawberry.ID(row.company_id)))

    @classmethod
    def from_viewer(cls, viewer: Viewer) -> "User":
        company = Company(id=strawberry.ID(viewer.company_id))
        unit = strawberry.ID(str(viewer.member.unit_id))
        return object_from_row(
            cls,
            viewer,
            id=strawberry.ID(viewer.user_id),
            company=company,
            unit_id=unit,
            enabled=True,  # a disabled user is no viewer
        )


@strawberry.type(description="A business unit: users belong to one, records are owned by one.")
class BusinessUnit(Node):
    id: strawberry.ID
    name: str
    parent_id: strawberry.ID | None = strawberry.field(description="Null for a top unit.")

    @strawberry.field(description="The unit it is under; null for a top unit.")
    async def parent(self, info: Info) -> "BusinessUnit | None":
        return await unit_by_id(info, self.parent_id)

    children = first_page(
        "unit_children",
        "BusinessUnit",
        "cronica.graphql.users.types",
        "The units right under it, by name: the first page of `businessUnits` filtered by "
        "its parentId.",
    )
    members = first_page(
        "unit_members",
        "User",
        "cronica.graphql.users.types",
        "Its users (not those of the units under it), by name: the first page of `users` "
        "filtered by its unitId.",
    )

    @classmethod
    def from_row(cls, row: UnitRow) -> "BusinessUnit":
        return object_from_row(cls, row)


async def user_by_id(info: Info, user_id: str | None) -> User | None:
    """The viewer's colleague with this id; None for no id, a system actor or another company's
    user (the loader only finds the viewer's company's users)."""
    if user_id is None:
        return None
    row = await info.context.loaders.users.load(user_id)
    return User.from_row(row) if row else None


async def unit_by_id(info: Info, unit_id: str | None) -> BusinessUnit | None:
    """The viewer's company's unit with this id; None for no id or another company's unit."""
    if unit_id is None:
        return None
    row = await info.context.loaders.units.load(unit_id)
    return BusinessUnit.from_row(row) if row else None
