"""Values a command model accepted but a read model could not hold froze every projection: a time
whose UTC value falls outside the years Python holds, a day a projection moves past year 9999, a
NUL that PostgreSQL refuses. Every command now refuses them with 422 naming the field, and writes
nothing; the read models keep following the log."""

from __future__ import annotations

from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import refused_naming, running_api
from tests.fixtures.http.opportunity_calls import opportunity

ENTRY = {"startsAt": "2026-03-04T10:00:00+01:00", "endsAt": "2026-03-04T11:00:00+01:00"}


def test_times_days_and_texts_no_read_model_can_hold_are_refused(settings: Settings) -> None:
    with running_api(settings) as api:
        opportunity_id = opportunity(api)
        refused_naming(
            api,
            [
                (
                    "/v1/agenda-entries",
                    {
                        "startsAt": "9999-12-31T23:00:00-23:59",
                        "endsAt": "9999-12-31T23:59:59-23:59",
                        "title": "t",
                    },
                    "invalid-body",
                    "startsAt",
                ),
                (
                    "/v1/agenda-entries",
                    {**ENTRY, "startsAt": "0001-01-01T00:30:00+01:00", "title": "t"},
                    "invalid-body",
                    "startsAt",
                ),
                (
                    f"/v1/opportunities/{opportunity_id}/wait",
                    {"comment": "Later", "nextContactOn": "9999-12-31"},
                    "invalid-body",
                    "nextContactOn",
                ),
                ("/v1/customers", {"kind": "prospect", "name": "a\u0000b"}, "invalid-body", "name"),
                ("/v1/agenda-entries", {**ENTRY, "title": "bell\u0007"}, "invalid-body", "title"),
            ],
        )


def test_line_breaks_and_tabs_in_text_are_kept(settings: Settings) -> None:
    with running_api(settings) as api:
        body = {"customerId": api.customer(), "subject": "Printer jams"}
        opened = api.created("/v1/incidents", {**body, "description": "Jams.\r\n\tEvery day."})
        assert api.version_of(opened["id"]) == 1
