"""A customer's addresses, valuations and contacts over HTTP, added (answering their ids, the same
id again for an idempotent repeat), changed and removed; contacts met without a customer created,
changed and attached to one; each refusal answers problem+json and writes no event."""

from __future__ import annotations

import uuid
from uuid import UUID

from cronica.domain.contact import Contact, ContactStatus
from cronica.domain.customer_values import AddressKind, Valuation, ValuationKind
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import running_api
from tests.fixtures.http.customer_calls import BILLING, CUSTOMERS, act, prospect, stored

CONTACTS = "/v1/contacts"
ECONOMIC = {"kind": "economic", "score": 80, "note": "Pays on time"}


def test_addresses_valuations_and_contacts_are_kept_by_id(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = prospect(api)
        on = f"{CUSTOMERS}/{customer_id}"

        first = api.post(f"{on}/addresses", BILLING, Idempotency_Key="address-1")
        assert first.status_code == 201, first.text
        address_id = first.json()["addressId"]
        again = api.post(f"{on}/addresses", BILLING, Idempotency_Key="address-1")
        assert again.json() == first.json()
        delivery = api.created(f"{on}/addresses", BILLING | {"kind": "delivery"})["addressId"]
        act(api, customer_id, f"addresses/{address_id}/change", BILLING | {"label": "Office"})
        act(api, customer_id, f"addresses/{delivery}/remove")
        valuation_id = api.created(f"{on}/valuations", ECONOMIC)["valuationId"]
        scrapped = api.created(f"{on}/valuations", ECONOMIC | {"kind": "other"})["valuationId"]
        act(api, customer_id, f"valuations/{valuation_id}/change", ECONOMIC | {"score": 65})
        act(api, customer_id, f"valuations/{scrapped}/remove")
        contact_id = api.created(f"{on}/contacts", {"name": "Lucía"})["contactId"]
        gone = api.created(f"{on}/contacts", {"name": "Jordi"})["contactId"]
        act(api, customer_id, f"contacts/{contact_id}/change", {"name": "Lucía", "phone": "600"})
        act(api, customer_id, f"contacts/{gone}/remove")

        customer = stored(api, customer_id)
        assert list(customer.addresses) == [UUID(address_id)]
        address = customer.address(UUID(address_id))
        assert (address.kind, address.postal_code, address.label) == (
            AddressKind.BILLING,
            "46004",
            "Office",
        )
        assert customer.valuations == {
            UUID(valuation_id): Valuation(ValuationKind.ECONOMIC, 65, "Pays on time")
        }
        assert [(c.name, c.phone) for c in customer.contacts.values()] == [("Lucía", "600")]


def test_a_contact_met_without_a_customer_is_attached_to_one(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = prospect(api)
        contact_id = api.created(CONTACTS, {"name": "Jordi Puig"})["id"]

        changed = {"name": "Jordi Puig", "position": "Buyer", "email": "jordi@puig.cat"}
        assert api.created(f"{CONTACTS}/{contact_id}/change", changed)["version"] == 2
        attach = {"customerId": customer_id}
        assert api.created(f"{CONTACTS}/{contact_id}/attach", attach, If_Match="2")["version"] == 3

        contact = api.app.repository.get(UUID(contact_id))
        assert isinstance(contact, Contact)
        assert (contact.status, contact.customer_id) == (ContactStatus.ATTACHED, UUID(customer_id))
        person = stored(api, customer_id).contact(UUID(contact_id))
        assert (person.name, person.position, person.email) == (
            "Jordi Puig",
            "Buyer",
            changed["email"],
        )
        # Now the customer's: an incident names the contact, with his details copied.
        api.incident(customer_id, contactId=contact_id)

        api.refused(f"{CONTACTS}/{contact_id}/change", changed, 409, "illegal-transition")
        api.refused(f"{CONTACTS}/{contact_id}/attach", attach, 409, "illegal-transition")


def test_refused_part_and_contact_commands_write_nothing(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = prospect(api)
        on = f"{CUSTOMERS}/{customer_id}"
        contact_id = api.created(CONTACTS, {"name": "Jordi Puig"})["id"]
        missing = uuid.uuid4()

        for part, body in [("addresses", BILLING), ("valuations", ECONOMIC), ("contacts", None)]:
            api.refused(f"{on}/{part}/{missing}/remove", None, 404, "not-found")
            if body is not None:
                api.refused(f"{on}/{part}/{missing}/change", body, 404, "not-found")
        api.refused(f"{CUSTOMERS}/{missing}/addresses", BILLING, 404, "not-found")
        api.refused(f"{CONTACTS}/{missing}/change", {"name": "X"}, 404, "not-found")
        spanish = BILLING | {"postalCode": "60001"}
        api.refused(f"{on}/addresses", spanish, 422, "invalid-address")
        api.refused(f"{on}/addresses", BILLING | {"kind": "home"}, 422, "invalid-body")
        named = api.fields_refused(f"{on}/valuations", ECONOMIC | {"score": 101}, "invalid-score")
        assert named == ["score"]
        api.refused(f"{on}/contacts", {"name": "Ana", "email": "not-mail"}, 422, "invalid-body")
        problem = api.refused(
            f"{CONTACTS}/{contact_id}/attach",
            {"customerId": str(missing)},
            422,
            "unknown-reference",
        )
        assert problem["errors"][0]["field"] == "customerId"
        attach = {"customerId": customer_id}
        api.refused(f"{CONTACTS}/{contact_id}/attach", attach, 412, "stale-version", If_Match="7")
        assert stored(api, customer_id).contacts == {}
