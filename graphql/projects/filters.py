"""The ProjectFilter and ProjectOrder inputs: which projects to list, in which order (the newest
first unless told otherwise; ties always end by id). Their fields come from the project list's
columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.projects.rows import ProjectRow


@row_filter(ProjectRow, description="Which projects to list: every field given must match.")
class ProjectFilter(RowFilter):
    pass


@row_order(ProjectRow)
class ProjectOrder(RowOrder):
    pass
