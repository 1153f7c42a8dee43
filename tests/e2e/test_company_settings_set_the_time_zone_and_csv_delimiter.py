"""A company's time zone and locale: Europe/Madrid and es-ES until an administrator changes them
(only he may; a zone that is not an IANA name, a malformed locale and an empty body are refused
and change nothing). Exports follow them: CSV split by `;` for es-ES and by `,` for en-US unless
`?delimiter=` says otherwise, spreadsheet times in the company's zone, named in the header; and
so do agendas: a visit plan's 09:00 is 09:00 where the company is."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from openpyxl import load_workbook

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.agenda_desk import AgendaDesk

BOM = b"\xef\xbb\xbf"
MONDAY = date(2026, 3, 2)
CONTACT_DAY = date(2027, 3, 1)
"""A next contact must be today or later: a day safely ahead of any run of the suite."""
AGENDA = """
query ($on: Date!) {
  agenda(view: DAY, date: $on) { edges { node { kind startsAt } } }
}
"""


def change(api: GraphQLApi, who: Person, **body: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {who.token}"}
    return api.client.post("/v1/company/settings", json=body, headers=headers)


def export(api: GraphQLApi, who: Person, kind: str, **params: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {who.token}", "X-Cronica-Position": str(api.position())}
    return api.client.get(f"/v1/exports/incidents.{kind}", params=params, headers=headers)


def csv_lines(answer: httpx.Response, delimiter: str) -> list[list[str]]:
    assert answer.status_code == 200, answer.text
    assert answer.content.startswith(BOM)
    return list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig")), delimiter=delimiter))


def starts_of(api: GraphQLApi, who: Person, kind: str, on: date = MONDAY) -> list[datetime]:
    edges = api.read(who, AGENDA, on=on.isoformat())["agenda"]["edges"]
    return [
        datetime.fromisoformat(edge["node"]["startsAt"])
        for edge in edges
        if edge["node"]["kind"] == kind
    ]


def visit_starts(api: GraphQLApi, who: Person) -> list[datetime]:
    return starts_of(api, who, "CUSTOMER_VISIT")


def contact_starts(api: GraphQLApi, who: Person) -> list[datetime]:
    """When an opportunity's day of next contact begins: local midnight, wherever the company."""
    return starts_of(api, who, "OPPORTUNITY_CONTACT", CONTACT_DAY)


def company_of(api: GraphQLApi, who: Person) -> dict[str, str]:
    """The company's settings as everyone of it reads them, e.g. to show times in its zone."""
    company: dict[str, str] = api.read(who, "{ me { company { timeZone locale } } }")["me"][
        "company"
    ]
    return company


def test_an_admin_sets_the_zone_and_locale_that_exports_and_agendas_follow(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        admin, marta = api.hire("Ana Admin", "admin"), api.hire("Marta Ruiz", "manager")
        customer = api.office.customer(marta.who, "Talleres Ruiz")
        api.office.open(marta.who, customer, "Caldera; no arranca")
        AgendaDesk(api.office).plan_visits(marta.who, customer, ["monday"], MONDAY)
        AgendaDesk(api.office).represent(marta.who, customer, marta.who)
        deal = AgendaDesk(api.office).open_opportunity(marta.who, customer, "Caldera nueva").id
        AgendaDesk(api.office).wait_for_customer(marta.who, deal, CONTACT_DAY)

        header, row = csv_lines(export(api, marta, "csv"), ";")
        assert "subject" in header and row[header.index("subject")] == "Caldera; no arranca"
        sheet = load_workbook(io.BytesIO(export(api, marta, "xlsx").content)).active
        assert sheet is not None
        assert "openedAt (Europe/Madrid)" in [cell.value for cell in sheet[1]]
        assert visit_starts(api, marta) == [
            datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("Europe/Madrid"))
        ]
        assert company_of(api, marta) == {"timeZone": "Europe/Madrid", "locale": "es-ES"}
        assert contact_starts(api, marta) == [
            datetime(2027, 3, 1, tzinfo=ZoneInfo("Europe/Madrid"))
        ]

        refusals = [
            (marta, {"timeZone": "UTC"}, 403),
            (admin, {"timeZone": "Mars/Olympus_Mons"}, 422),
            (admin, {"timeZone": "../../etc/passwd"}, 422),
            (admin, {"locale": "spanish"}, 422),
            (admin, {}, 422),
        ]
        for who, body, status in refusals:
            answer = change(api, who, **body)
            assert answer.status_code == status, (body, answer.text)
            assert answer.headers["content-type"] == "application/problem+json"

        answer = change(api, admin, timeZone="America/New_York", locale="en-US")
        assert answer.status_code == 200, answer.text
        header, row = csv_lines(export(api, marta, "csv"), ",")
        assert row[header.index("subject")] == "Caldera; no arranca"
        header, row = csv_lines(export(api, marta, "csv", delimiter="\t"), "\t")
        assert row[header.index("subject")] == "Caldera; no arranca"
        assert csv_lines(export(api, marta, "csv", delimiter="tab"), "\t")[0] == header
        assert csv_lines(export(api, marta, "csv", delimiter=";"), ";")[0] == header
        refused = export(api, marta, "csv", delimiter="|")
        assert (refused.status_code, refused.headers["content-type"]) == (
            422,
            "application/problem+json",
        )

        sheet = load_workbook(io.BytesIO(export(api, marta, "xlsx").content)).active
        assert sheet is not None
        titles = [cell.value for cell in sheet[1]]
        at = titles.index("openedAt (America/New_York)")
        opened = api.read(marta, "{ incidents { edges { node { openedAt } } } }")
        moment = datetime.fromisoformat(opened["incidents"]["edges"][0]["node"]["openedAt"])
        in_new_york = moment.astimezone(ZoneInfo("America/New_York")).replace(tzinfo=None)
        assert abs((sheet.cell(row=2, column=at + 1).value - in_new_york).total_seconds()) < 0.001
        new_york = ZoneInfo("America/New_York")
        assert visit_starts(api, marta) == [datetime(2026, 3, 2, 9, tzinfo=new_york)]
        assert company_of(api, marta) == {"timeZone": "America/New_York", "locale": "en-US"}
        assert contact_starts(api, marta) == [datetime(2027, 3, 1, tzinfo=new_york)]
