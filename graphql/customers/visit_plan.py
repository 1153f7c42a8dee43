"""The VisitPlan type: when the representative visits the customer, which plans his agenda."""

import json
from datetime import date, time

import strawberry

from cronica.domain.customer_visit_plan import VisitFrequency, Weekday

strawberry.enum(Weekday)
strawberry.enum(VisitFrequency)


@strawberry.type(description="Visits on some weekdays, in a window of the customer's local time.")
class VisitPlan:
    weekdays: list[Weekday] = strawberry.field(description="In the week's order, Monday first.")
    window_starts: time = strawberry.field(description="Local time, without a zone.")
    window_ends: time
    frequency: VisitFrequency
    every_weeks: int | None = strawberry.field(description="For EVERY_N_WEEKS only.")
    starts_on: date

    @classmethod
    def from_text(cls, text: str | None) -> "VisitPlan | None":
        """The plan the customer's row holds as JSON (the visit plan event's data)."""
        if text is None:
            return None
        plan = json.loads(text)
        return cls(
            weekdays=[Weekday(day) for day in plan["weekdays"]],
            window_starts=time.fromisoformat(plan["window_starts"]),
            window_ends=time.fromisoformat(plan["window_ends"]),
            frequency=VisitFrequency(plan["frequency"]),
            every_weeks=plan["every_weeks"],
            starts_on=date.fromisoformat(plan["starts_on"]),
        )
