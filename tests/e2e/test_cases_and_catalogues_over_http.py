"""Case and catalogue commands over HTTP on both databases: happy paths and refusals (each
answers problem+json and writes no event: `api.refused` checks both)."""

from __future__ import annotations

import uuid
from uuid import UUID

from cronica.domain.case import Case, CaseStatus
from cronica.domain.catalogue import Catalogue, catalogue_id_for
from cronica.domain.catalogue_values import Entry, ValueType
from cronica.domain.company import company_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api
from tests.fixtures.http.own_record_calls import as_user
from tests.fixtures.http.task_calls import case

ENTRIES = "/v1/catalogues/task_types/entries"


def catalogue(api: CommandApi, kind: str) -> Catalogue:
    found = api.app.find(Catalogue, catalogue_id_for(company_id_for(api.settings.company), kind))
    assert found is not None
    return found


def test_a_case_is_opened_renamed_closed_and_reopened(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        owner = api.user("manager", "Rosa Prieto")
        mine = case(api, customer_id)
        body = {"customerId": customer_id, "subject": "Renewal", "description": "Contract 2026"}

        response = api.post("/v1/cases", {**body, "ownerId": str(owner.user_id)})
        assert (response.status_code, response.headers["ETag"]) == (201, '"1"')
        case_id = response.json()["id"]
        for version, (verb, step) in enumerate(
            [
                ("rename", {"subject": "Renewal of the contract"}),
                ("close", {"outcome": "Renewed for two years"}),
                ("reopen", {"reason": "The price was wrong"}),
            ],
            start=2,
        ):
            response = api.post(f"/v1/cases/{case_id}/{verb}", step, If_Match=str(version - 1))
            assert (response.status_code, response.json()["version"]) == (200, version)

        record = api.app.repository.get(UUID(case_id))
        assert isinstance(record, Case)
        assert (record.number, record.subject, record.status, record.owner_id) == (
            "CS-000002",
            "Renewal of the contract",
            CaseStatus.OPEN,
            owner.user_id,
        )
        assert api.app.repository.get(UUID(mine)).owner_id != owner.user_id  # the caller

        url, nobody = f"/v1/cases/{case_id}", str(uuid.uuid4())
        api.refused(f"{url}/reopen", {"reason": "x"}, 409, "illegal-transition")
        api.refused(f"{url}/rename", {"subject": "Renewal of the contract"}, 409,
                    "illegal-transition")  # fmt: skip
        api.refused(f"{url}/close", {"outcome": "x"}, 412, "stale-version", If_Match="1")
        api.refused(f"/v1/cases/{nobody}/close", {"outcome": "x"}, 404, "not-found")
        for wrong, problem, field in [
            ({**body, "customerId": nobody}, "unknown-reference", "customerId"),
            ({**body, "ownerId": nobody}, "unknown-reference", "ownerId"),
            ({**body, "subject": ""}, "invalid-body", "subject"),
        ]:
            assert api.fields_refused("/v1/cases", wrong, problem) == [field]


def test_administrators_keep_the_catalogues(settings: Settings) -> None:
    with running_api(settings) as api:
        admin = as_user(api.user("admin", "Rosa Prieto"))
        steps = [
            (ENTRIES, {"code": "demo", "name": "Demostración", "colour": "#00aa55"}),
            (f"{ENTRIES}/demo/rename", {"name": "Demo en tienda"}),
            (f"{ENTRIES}/demo/prioritise", None),
            (f"{ENTRIES}/visit/prioritise", None),
            (f"{ENTRIES}/visit/deprioritise", None),
            (f"{ENTRIES}/renewal/remove", None),
            ("/v1/catalogues/custom_fields/entries",
             {"code": "size", "name": "Tamaño", "valueType": "choice", "choices": ["S", "L"]}),
        ]  # fmt: skip
        for path, body in steps:
            response = api.post(path, body, **admin)
            assert response.status_code in (200, 201), response.text

        types = catalogue(api, "task_types")
        assert types.entries["demo"] == Entry("demo", "Demo en tienda", "#00aa55", priority=True)
        assert not types.entries["visit"].priority and not types.is_active("renewal")
        assert catalogue(api, "custom_fields").entries["size"].value_type is ValueType.CHOICE
        assert response.json()["id"] == str(catalogue(api, "custom_fields").id)


def test_refused_catalogue_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        admin = as_user(api.user("admin", "Rosa Prieto"))
        version = catalogue(api, "task_types").version
        for path in (
            f"{ENTRIES}/call/rename",
            f"{ENTRIES}/call/remove",
            f"{ENTRIES}/call/prioritise",
        ):
            api.refused(path, {"name": "Llamadita"}, 403, "forbidden")  # the agent's token
        api.refused(ENTRIES, {"code": "demo", "name": "Demo"}, 403, "forbidden")

        refusals = [
            (ENTRIES, {"code": "call", "name": "Otra"}, 409, "duplicate-catalogue-entry"),
            (ENTRIES, {"code": "Call Back", "name": "Otra"}, 422, "invalid-body"),
            (ENTRIES, {"code": "demo", "name": "Demo", "colour": "red"}, 422, "invalid-body"),
            ("/v1/catalogues/lost_reasons/entries", {"code": "demo", "name": "Demo",
             "colour": "#ff0000"}, 422, "invalid-catalogue-entry"),
            ("/v1/catalogues/custom_fields/entries", {"code": "size", "name": "Tamaño"}, 422,
             "invalid-catalogue-entry"),
            ("/v1/catalogues/colours/entries", {"code": "red", "name": "Rojo"}, 422,
             "invalid-body"),
            (f"{ENTRIES}/telepathy/rename", {"name": "Telepatía"}, 404, "not-found"),
            (f"{ENTRIES}/call/rename", {"name": "Llamada"}, 409, "illegal-transition"),
            (f"{ENTRIES}/call/deprioritise", None, 409, "illegal-transition"),
            ("/v1/catalogues/lost_reasons/entries/price/remove", None, 412, "stale-version"),
        ]  # fmt: skip
        for path, body, status, problem in refusals:
            headers = {"If_Match": "7"} if status == 412 else {}
            api.refused(path, body, status, problem, **admin, **headers)
        assert catalogue(api, "task_types").version == version
