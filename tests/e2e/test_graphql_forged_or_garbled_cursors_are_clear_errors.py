"""A cursor is opaque but not trusted: one that is garbled, of another version, of another order
of the list, or holding values no row of that order could have (a text where a rank goes, a
number beyond 64 bits, NaN, a NUL, a lone surrogate) is answered with a GraphQL error coded
BAD_USER_INPUT that says so, on SQLite and PostgreSQL: never a server error. A real cursor
round-trips."""

from __future__ import annotations

import base64
import json
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app

INCIDENTS = """
query ($orderBy: [IncidentOrder!], $after: String, $before: String, $last: Int) {
  incidents(orderBy: $orderBy, first: 2, after: $after, before: $before, last: $last) {
    edges { cursor node { number } }
  }
}
"""
BY_PRIORITY = [{"field": "PRIORITY", "direction": "DESC"}]
BY_NUMBER = [{"field": "NUMBER", "direction": "ASC"}]
ID = "6a0f1d36-0000-4000-8000-000000000001"


def cursor_of(payload: Any, raw: str | None = None) -> str:
    text = raw if raw is not None else json.dumps(payload)
    return base64.urlsafe_b64encode(text.encode("utf-8", "surrogatepass")).decode()


def forged(order: list[list[Any]], keys: list[Any], version: int = 1) -> str:
    return cursor_of({"v": version, "o": order, "k": keys, "id": ID})


def test_cursors_that_are_not_ours_are_refused_as_bad_input(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        for n in range(3):
            api.office.open(agent.who, customer, f"Fault {n}", priority="high")
        real = api.read(agent, INCIDENTS, orderBy=BY_PRIORITY)["incidents"]["edges"]
        after_first = api.read(agent, INCIDENTS, orderBy=BY_PRIORITY, after=real[0]["cursor"])
        rest = [edge["node"] for edge in after_first["incidents"]["edges"]]
        assert len(rest) == 2 and rest[0] == real[1]["node"]

        refused = {
            "not base64": "%%%",
            "not JSON": cursor_of(None, raw="{nope"),
            "an offset": cursor_of(None, raw="offset:3"),
            "another version": forged([["priority", True]], [2], version=2),
            "another order": forged([["number", False]], ["INC-000001"]),
            "a text for a rank": forged([["priority", True]], ["high"]),
            "a null for a rank": forged([["priority", True]], [None]),
            "a true for a rank": forged([["priority", True]], [True]),
            "a number past 64 bits": forged([["priority", True]], [2**70]),
            "NaN": cursor_of(None, raw=f'{{"v":1,"o":[["priority",true]],"k":[NaN],"id":"{ID}"}}'),
            "a list for a rank": forged([["priority", True]], [[1]]),
            "no id": cursor_of({"v": 1, "o": [["priority", True]], "k": [2]}),
            "a missing key": forged([["priority", True]], []),
        }
        text_refused = {
            "a NUL": forged([["number", False]], ["INC-\u0000"]),
            "a lone surrogate": cursor_of(
                None, raw=f'{{"v":1,"o":[["number",false]],"k":["\\ud800"],"id":"{ID}"}}'
            ),
        }
        cases = [(BY_PRIORITY, c, w) for w, c in refused.items()]
        cases += [(BY_NUMBER, c, w) for w, c in text_refused.items()]
        for order, cursor, what in cases:
            for argument in ({"after": cursor}, {"before": cursor, "last": 1}):
                answer = api.answer(agent, INCIDENTS, orderBy=order, **argument)
                assert answer.get("errors"), what
                codes = {error["extensions"]["code"] for error in answer["errors"]}
                assert codes == {"BAD_USER_INPUT"}, (what, answer["errors"])
                assert "cursor" in answer["errors"][0]["message"], (what, answer["errors"])
