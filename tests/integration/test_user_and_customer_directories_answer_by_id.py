"""The user and customer directories: rows looked up by id, within the caller's company only."""

from __future__ import annotations

from cronica.ops.container import Container
from cronica.projections.customers.queries import customers_by_ids
from cronica.projections.rows import utc_text
from cronica.projections.users.queries import users_by_ids
from cronica.projections.users.rows import UserRow
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office


def test_users_and_customers_are_found_by_id_in_their_company(container: Container) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    shop = office.customer(ana, "Shop")
    other = Office(container.application, slug="globex")
    gus = other.hire("Gus", "manager")
    cafe = other.customer(gus, "Cafe")
    container.runner.catch_up()
    company = str(ana.company_id)

    users = users_by_ids(container.store, company, [str(luis.user_id), str(gus.user_id)])
    assert users == {
        str(luis.user_id): UserRow(
            str(luis.user_id), company, "Luis", "technician", str(luis.unit_id), True
        )
    }
    customers = customers_by_ids(
        container.store, whole_company(company), [str(shop), str(cafe), str(shop)]
    )
    created_on = container.application.repository.get(shop).created_on
    assert list(customers) == [str(shop)]
    row = customers[str(shop)]
    assert (row.id, row.company_id, row.number, row.kind, row.name, row.tax_id) == (
        str(shop),
        company,
        "C-000001",
        "customer",
        "Shop",
        None,
    )
    assert row.created_at == row.updated_at == utc_text(created_on)
    assert users_by_ids(container.store, company, []) == {}
