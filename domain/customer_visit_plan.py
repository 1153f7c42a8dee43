"""A customer's visit plan: on which weekdays, in which time window (local time, the customer's)
and how often the representative visits, from which date on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Annotated, TypedDict

from cronica.domain.errors import InvalidTimeRangeError, InvalidVisitPlanError
from cronica.domain.event_values import DateText, LocalTimeText, ValuesOf

MOST_WEEKS_APART = 52


class Weekday(StrEnum):
    """The days of the week, in their order (Monday first, as in Spain)."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"


class VisitFrequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    EVERY_N_WEEKS = "every_n_weeks"


_WEEK_ORDER = list(Weekday)


class VisitPlanData(TypedDict):
    """A visit plan as the events hold it."""

    weekdays: list[Annotated[str, ValuesOf(Weekday)]]
    window_starts: LocalTimeText
    window_ends: LocalTimeText
    frequency: Annotated[str, ValuesOf(VisitFrequency)]
    every_weeks: int | None
    starts_on: DateText


@dataclass(frozen=True)
class VisitPlan:
    """Visits on some weekdays between two local times, every week, fortnight, month or number of
    weeks (`every_weeks`, for and only for `every_n_weeks`), starting on a date. The weekdays are
    kept in the week's order, each once; they and the frequency may be given by their values.
    The times are local, without a zone. In the events the times and the date are ISO text."""

    weekdays: tuple[Weekday, ...]
    window_starts: time
    window_ends: time
    frequency: VisitFrequency
    starts_on: date
    every_weeks: int | None = None

    def __post_init__(self) -> None:
        if not self.weekdays:
            raise InvalidVisitPlanError("a visit plan needs at least one weekday")
        in_order = sorted({Weekday(day) for day in self.weekdays}, key=_WEEK_ORDER.index)
        object.__setattr__(self, "weekdays", tuple(in_order))
        object.__setattr__(self, "frequency", VisitFrequency(self.frequency))
        if self.window_starts.tzinfo or self.window_ends.tzinfo:
            raise InvalidVisitPlanError("a visit window is in local time, without a time zone")
        if self.window_ends <= self.window_starts:
            raise InvalidTimeRangeError(
                "a visit window must end after it starts", field="window_ends"
            )
        every_n = self.frequency is VisitFrequency.EVERY_N_WEEKS
        weeks = self.every_weeks
        if every_n != (weeks is not None) or (
            weeks is not None and not 1 <= weeks <= MOST_WEEKS_APART
        ):
            raise InvalidVisitPlanError(
                f"every_n_weeks, and only it, takes a number of weeks from 1 to "
                f"{MOST_WEEKS_APART}; {self.frequency} was given {weeks}"
            )

    def to_event_data(self) -> VisitPlanData:
        return {
            "weekdays": [day.value for day in self.weekdays],
            "window_starts": self.window_starts.isoformat(),
            "window_ends": self.window_ends.isoformat(),
            "frequency": self.frequency.value,
            "every_weeks": self.every_weeks,
            "starts_on": self.starts_on.isoformat(),
        }

    @classmethod
    def from_event_data(cls, data: VisitPlanData) -> VisitPlan:
        return cls(
            weekdays=tuple(Weekday(day) for day in data["weekdays"]),
            window_starts=time.fromisoformat(data["window_starts"]),
            window_ends=time.fromisoformat(data["window_ends"]),
            frequency=VisitFrequency(data["frequency"]),
            starts_on=date.fromisoformat(data["starts_on"]),
            every_weeks=data["every_weeks"],
        )
