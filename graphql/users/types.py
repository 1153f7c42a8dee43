"""The User type (and the Company it belongs to), and loading one by id through the request's
DataLoader."""

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.node.types import Node
from cronica.graphql.read_api import Viewer
from cronica.graphql.row_objects import object_from_row
from cronica.projections.users.rows import UserRow


@strawberry.type(description="A company: every user and record belongs to exactly one.")
class Company:
    id: strawberry.ID


@strawberry.type(description="A person of the company who acts in Cronica.")
class User(Node):
    id: strawberry.ID
    name: str
    role: str = strawberry.field(description="admin, manager, agent, technician or office.")
    company: Company

    @classmethod
    def from_row(cls, row: UserRow) -> "User":
        return object_from_row(cls, row, company=Company(id=strawberry.ID(row.company_id)))

    @classmethod
    def from_viewer(cls, viewer: Viewer) -> "User":
        company = Company(id=strawberry.ID(viewer.company_id))
        return object_from_row(cls, viewer, id=strawberry.ID(viewer.user_id), company=company)


async def user_by_id(info: Info, user_id: str | None) -> User | None:
    """The viewer's colleague with this id; None for no id, a system actor or another company's
    user (the loader only finds the viewer's company's users)."""
    if user_id is None:
        return None
    row = await info.context.loaders.users.load(user_id)
    return User.from_row(row) if row else None
