"""A manager downloads the incident list as CSV and as an .xlsx spreadsheet, filtered and
ordered as in GraphQL, over more than one page of the API: the files hold the rows GraphQL
answers. Exports are refused without a token, for an unknown list and for arguments the list
does not take, and they never carry formulas or another company's rows."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from openpyxl import load_workbook

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.office import Office

OPEN_NEWEST_NUMBER_FIRST = {
    "filter": json.dumps({"status": {"eq": "OPEN"}}),
    "orderBy": json.dumps([{"field": "NUMBER", "direction": "DESC"}]),
}
PAGE = """
query ($after: String) {
  incidents(first: 100, after: $after, filter: {status: {eq: OPEN}},
            orderBy: [{field: NUMBER, direction: DESC}]) {
    pageInfo { hasNextPage endCursor }
    edges { node { id number subject priority minutesWorked openedAt customer { name } } }
  }
}
"""
PROBLEMS = "https://cronica.dev/problems/"
MADRID = ZoneInfo("Europe/Madrid")  # the company's time zone: the default one
COLUMNS = ["id", "number", "subject", "priority", "minutesWorked", "openedAt", "customer.name"]


def graphql_rows(api: GraphQLApi, reader: Person) -> list[list[Any]]:
    """The open incidents, newest number first, as GraphQL pages through them."""
    rows, after = [], None
    while True:
        connection = api.read(reader, PAGE, after=after)["incidents"]
        for edge in connection["edges"]:
            node = edge["node"]
            rows.append([node[c] for c in COLUMNS[:-1]] + [node["customer"]["name"]])
        if not connection["pageInfo"]["hasNextPage"]:
            return rows
        after = connection["pageInfo"]["endCursor"]


def download(api: GraphQLApi, path: str, reader: Person | None, **params: str) -> httpx.Response:
    headers = {"X-Cronica-Position": str(api.position())}
    if reader is not None:
        headers["Authorization"] = f"Bearer {reader.token}"
    return api.client.get(path, params=params, headers=headers)


def selected(header: list[str], rows: list[list[Any]]) -> list[list[Any]]:
    """The COLUMNS of rows, in that order (a spreadsheet's time column names its zone)."""
    named = [name.removesuffix(" (Europe/Madrid)") for name in header]
    at = [named.index(column) for column in COLUMNS]
    return [[row[i] for i in at] for row in rows]


def busy_office(api: GraphQLApi) -> Person:
    """A manager of a company with 103 open and 3 closed incidents, and a rival company's
    open incident."""
    marta = api.hire("Marta Ruiz", "manager")
    customers = [api.office.customer(marta.who, name) for name in ("Panadería Sol", "Bar Río")]
    for n in range(106):
        opened = api.office.open(marta.who, customers[n % 2], f"Avería {n}", priority="high")
        if n % 40 == 0:
            api.office.close(marta.who, opened.id)
    rival = Office(api.app, slug="rival")
    diego = rival.hire("Diego Pardo", "manager")
    rival.open(diego, rival.customer(diego, "Bodegas Sol"), "Barrica rota")
    return marta


def test_incidents_export_as_csv_and_xlsx_with_the_rows_graphql_answers(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        marta = busy_office(api)
        expected = graphql_rows(api, marta)
        assert len(expected) == 103

        answer = download(api, "/v1/exports/incidents.csv", marta, **OPEN_NEWEST_NUMBER_FIRST)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "text/csv; charset=utf-8"
        assert 'filename="incidents.csv"' in answer.headers["content-disposition"]
        assert answer.content.startswith(b"\xef\xbb\xbf")  # UTF-8, as Excel reads it
        text = answer.content.decode("utf-8-sig")
        header, *lines = list(csv.reader(io.StringIO(text), delimiter=";"))  # es-ES: `;`
        as_text = [["" if v is None else str(v) for v in row] for row in expected]
        assert selected(header, lines) == as_text

        answer = download(api, "/v1/exports/incidents.xlsx", marta, **OPEN_NEWEST_NUMBER_FIRST)
        assert answer.status_code == 200, answer.text
        assert 'filename="incidents.xlsx"' in answer.headers["content-disposition"]
        sheet = load_workbook(io.BytesIO(answer.content)).active
        assert sheet is not None and sheet.title == "incidents"
        header, *cells = [list(row) for row in sheet.iter_rows(values_only=True)]
        in_sheet = selected(header, cells)
        assert [row[:5] + row[6:] for row in in_sheet] == [row[:5] + row[6:] for row in expected]
        assert "openedAt (Europe/Madrid)" in header
        # Spreadsheet times are in the company's zone, without one, to the millisecond.
        opened = [datetime.fromisoformat(row[5]).astimezone(MADRID) for row in expected]
        assert all(
            abs(cell[5] - moment.replace(tzinfo=None)) <= timedelta(milliseconds=1)
            for cell, moment in zip(in_sheet, opened, strict=True)
        )


def test_text_that_looks_like_a_formula_stays_text(settings: Settings) -> None:
    with running_app(settings) as api:
        marta = api.hire("Marta Ruiz", "manager")
        customer = api.office.customer(marta.who, "Talleres Ruiz")
        api.office.open(marta.who, customer, '=HYPERLINK("http://evil.example","Ver")')

        answer = download(api, "/v1/exports/incidents.csv", marta, delimiter=",")
        header, line = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert line[header.index("subject")] == '\'=HYPERLINK("http://evil.example","Ver")'

        answer = download(api, "/v1/exports/incidents.xlsx", marta)
        sheet = load_workbook(io.BytesIO(answer.content)).active
        assert sheet is not None
        subject = sheet.cell(row=2, column=header.index("subject") + 1)
        assert (subject.value, subject.data_type) == (
            '=HYPERLINK("http://evil.example","Ver")',
            "s",
        )


def test_exports_are_refused_as_problems(settings: Settings) -> None:
    with running_app(settings) as api:
        marta = api.hire("Marta Ruiz", "manager")
        stranger = Person(marta.who, "not-a-token")

        def refusal(path: str, reader: Person | None, **params: str) -> tuple[int, str]:
            answer = download(api, path, reader, **params)
            assert answer.headers["content-type"] == "application/problem+json", answer.text
            problem = answer.json()
            assert problem["status"] == answer.status_code
            return answer.status_code, problem["type"].rsplit("/", 1)[-1]

        csv_path, xlsx_path = "/v1/exports/incidents.csv", "/v1/exports/incidents.xlsx"
        assert refusal(csv_path, None) == (401, "unauthenticated")
        assert refusal(xlsx_path, stranger) == (401, "unauthenticated")
        assert refusal("/v1/exports/invoices.csv", marta) == (404, "unknown-list")
        assert refusal("/v1/exports/incident.xlsx", marta) == (404, "unknown-list")
        assert refusal(csv_path, marta, filter="status=OPEN") == (422, "invalid-export")
        unknown_field = json.dumps({"colour": {"eq": "red"}})
        assert refusal(xlsx_path, marta, filter=unknown_field) == (422, "invalid-export")
        assert refusal(csv_path, marta, first="5") == (422, "invalid-export")
        assert refusal(csv_path, marta, filters="{}") == (422, "invalid-export")
        early = {"Authorization": f"Bearer {marta.token}", "X-Cronica-Position": "soon"}
        answer = api.client.get(csv_path, headers=early)
        assert (answer.status_code, answer.json()["type"]) == (400, PROBLEMS + "invalid-header")
