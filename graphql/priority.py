"""Priority in the API: the domain's `Priority` (of incidents, repair orders and opportunities),
which GraphQL has always called IncidentPriority.

A filter input derived from a row's columns (`list_inputs.row_filter`) names an enum as it is
named when the filter is derived, so every module showing or filtering a priority imports it from
here, and it is named before any of them runs.
"""

import strawberry

from cronica.domain.incident import Priority

strawberry.enum(Priority, name="IncidentPriority")
IncidentPriority = Priority
