"""A customer's own commands over HTTP: a prospect converted, described, classified, given a
representative and custom fields, blocked, deactivated, linked, its visits planned; the customer
directory follows; each refusal answers problem+json and writes no event (`api.refused`)."""

from __future__ import annotations

import uuid
from datetime import time

from fastapi.testclient import TestClient

from cronica.domain.customer_values import CustomerKind
from cronica.domain.customer_visit_plan import Weekday
from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import running_api
from tests.fixtures.http.customer_calls import (
    CUSTOMERS,
    VISITS,
    act,
    directory_row,
    prospect,
    stored,
)


def test_a_prospect_is_converted_described_and_planned(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id, head_office = prospect(api), prospect(api, "Grupo Levante")
        representative = api.user("agent", "Marta Vidal")

        assert act(api, customer_id, "convert") == 2
        act(api, customer_id, "rename", {"name": "Levante", "legalName": "Frutas Levante S.L."})
        act(api, customer_id, "tax-id", {"taxId": "b-1234567-4"})
        act(api, customer_id, "activity-codes", {"sicCode": "5148", "cnaeCode": "46.31"})
        act(api, customer_id, "no-mailing", {"noMailing": True})
        act(api, customer_id, "classification", {"segment": "food", "criteria": {"size": "sme"}})
        act(api, customer_id, "territory", {"zone": "Levante", "subZone": "Norte", "route": "R1"})
        act(api, customer_id, "representative", {"representativeId": str(representative.user_id)})
        act(api, customer_id, "notes", {"notes": "Met at Fruit Attraction"})
        act(api, customer_id, "particularities", {"particularities": "Pays at 60 days"})
        act(api, customer_id, "custom-fields", {"name": "employees", "value": 40})
        act(api, customer_id, "custom-fields", {"name": "preferred_language", "value": "Català"})
        act(api, customer_id, "custom-fields/clear", {"name": "employees"})
        act(api, customer_id, "block", {"reason": "Unpaid invoices"})
        act(api, customer_id, "unblock", {"reason": "Paid"})
        act(api, customer_id, "deactivate")
        act(api, customer_id, "link", {"customerId": head_office})
        version = act(api, customer_id, "visit-plan", VISITS)
        # A setting repeated writes nothing: the same version again.
        assert act(api, customer_id, "visit-plan", VISITS) == version

        customer = stored(api, customer_id)
        assert (customer.kind, customer.name, customer.legal_name, customer.tax_id) == (
            CustomerKind.CUSTOMER,
            "Levante",
            "Frutas Levante S.L.",
            "B12345674",
        )
        assert (customer.sic_code, customer.cnae_code, customer.no_mailing) == (
            "5148",
            "4631",
            True,
        )
        assert (customer.criteria, customer.route) == ({"size": "sme"}, "R1")
        assert customer.representative_id == representative.user_id
        assert customer.custom_fields == {"preferred_language": "Català"}
        assert (customer.active, customer.blocked) == (False, False)
        assert customer.linked_customer_ids == {uuid.UUID(head_office)}
        assert customer.visit_plan is not None
        assert customer.visit_plan.weekdays == (Weekday.MONDAY, Weekday.THURSDAY)
        assert customer.visit_plan.window_ends == time(13, 30)
        row = directory_row(api, customer_id)
        assert (row.kind, row.name, row.tax_id) == ("customer", "Levante", "B12345674")

        act(api, customer_id, "visit-plan/clear")
        act(api, customer_id, "unlink", {"customerId": head_office})
        act(api, customer_id, "activate", {})
        customer = stored(api, customer_id)
        assert (customer.visit_plan, customer.linked_customer_ids, customer.active) == (
            None,
            set(),
            True,
        )


def test_refused_customer_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = prospect(api)
        on = f"{CUSTOMERS}/{customer_id}"
        act(api, customer_id, "convert")

        api.refused(f"{on}/convert", None, 409, "illegal-transition")
        api.refused(f"{on}/activate", None, 409, "illegal-transition")
        api.refused(f"{on}/unlink", {"customerId": str(uuid.uuid4())}, 409, "illegal-transition")
        api.refused(f"{CUSTOMERS}/{uuid.uuid4()}/rename", {"name": "X"}, 404, "not-found")
        unknown = {"representativeId": str(uuid.uuid4())}
        problem = api.refused(f"{on}/representative", unknown, 422, "unknown-reference")
        assert problem["errors"][0]["field"] == "representativeId"
        for name, value in [("shoe_size", 44), ("employees", "forty")]:
            body = {"name": name, "value": value}
            refusal = "unknown-reference" if name == "shoe_size" else "invalid-custom-field-value"
            api.refused(f"{on}/custom-fields", body, 422, refusal)
        api.refused(f"{on}/link", {"customerId": customer_id}, 422, "self-link")
        api.refused(f"{on}/link", {"customerId": str(uuid.uuid4())}, 422, "unknown-reference")
        api.refused(f"{on}/tax-id", {"taxId": "B12345675"}, 422, "invalid-tax-id")
        named = api.fields_refused(
            f"{on}/activity-codes", {"sicCode": "51"}, "invalid-activity-code"
        )
        assert named == ["sicCode"]
        api.refused(f"{on}/visit-plan", VISITS | {"frequency": "weekly"}, 422, "invalid-visit-plan")
        late = VISITS | {"windowEnds": "08:00"}
        assert api.fields_refused(f"{on}/visit-plan", late, "invalid-time-range") == ["windowEnds"]
        api.refused(f"{on}/rename", {"name": "X", "nickname": "Y"}, 422, "invalid-body")
        api.refused(f"{on}/block", {}, 422, "invalid-body")
        api.refused(f"{on}/notes", {"notes": "Stale"}, 412, "stale-version", If_Match='"1"')
        assert stored(api, customer_id).version == 2


def test_every_customer_command_documents_its_body_and_problems(
    sqlite_only_settings: Settings,
) -> None:
    document = TestClient(create_app(sqlite_only_settings)).get("/openapi.json").json()
    on = "/v1/customers/{customerId}"

    for verb, body in [
        ("rename", "RenameCustomer"),
        ("visit-plan", "SetVisitPlan"),
        ("custom-fields/clear", "ClearCustomField"),
        ("representative", "AssignRepresentative"),
        ("addresses/{addressId}/change", "AddressBody"),
    ]:
        operation = document["paths"][f"{on}/{verb}"]["post"]
        content = operation["requestBody"]["content"]["application/json"]
        assert content["schema"]["$ref"] == f"#/components/schemas/{body}", verb
        assert {"404", "409", "412", "422"} <= set(operation["responses"]), verb
        assert operation["summary"], verb
    for verb in ["convert", "activate", "visit-plan/clear", "valuations/{valuationId}/remove"]:
        assert "requestBody" not in document["paths"][f"{on}/{verb}"]["post"], verb
    contacts = document["paths"]["/v1/contacts/{contactId}/attach"]["post"]
    assert contacts["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/AttachContact"
    )
