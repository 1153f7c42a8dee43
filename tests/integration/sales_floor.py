"""A sales floor in known states: seven opportunities of two agents (OP-000001 to OP-000007), for
the stories of the opportunity list and the pipeline.

| number | customer | type     | source | amount | agent | status (how)                    |
|--------|----------|----------|--------|--------|-------|---------------------------------|
| 1      | Shop     | new_sale | fair   | 1000   | Marta | new (low priority)              |
| 2      | Bar      | renewal  | web    | 250.50 | Jordi | waiting (in 3 days)             |
| 3      | Shop     | new_sale | web    | 4000   | Marta | won (F-1)                       |
| 4      | Bar      | new_sale | -      | -      | -     | lost (price)                    |
| 5      | Shop     | renewal  | fair   | 800    | Jordi | lost (competitor)               |
| 6      | Bar      | new_sale | fair   | 300    | Marta | working (won, reopened; urgent) |
| 7      | Shop     | new_sale | web    | 500    | Marta | lost (price)                    |
"""

from __future__ import annotations

from uuid import UUID

from cronica.ops.container import Container
from tests.integration.office import Office
from tests.integration.sales import Sales, in_days


class SalesFloor:
    """The seven opportunities above, projected (`ids[n - 1]` is OP-00000n's id)."""

    def __init__(self, container: Container, office: Office | None = None) -> None:
        self.container = container
        self.office = office or Office(container.application)
        self.sales = sales = Sales(self.office)
        ana = self.manager = self.office.hire("Ana", "manager")
        marta = self.marta = self.office.hire("Marta", "agent")
        jordi = self.jordi = self.office.hire("Jordi", "agent")
        self.shop = self.office.customer(ana, "Shop")
        self.bar = self.office.customer(ana, "Bar")
        shop, bar = self.shop, self.bar
        self.ids: list[UUID] = [
            sales.open(
                marta, shop, "Printers", source="fair", amount="1000", agent=marta, priority="low"
            ).id,
            sales.open(jordi, bar, "Toner", type="renewal", source="web", amount="250.50").id,
            sales.open(marta, shop, "Copiers", source="web", amount="4000", agent=marta).id,
            sales.open(ana, bar, "Scanner").id,
            sales.open(jordi, shop, "Support", type="renewal", source="fair", amount="800").id,
            sales.open(
                marta, bar, "Plotter", source="fair", amount="300", agent=marta, priority="urgent"
            ).id,
            sales.open(marta, shop, "Labels", source="web", amount="500", agent=marta).id,
        ]
        two, three, four, five, six, seven = self.ids[1:]
        sales.assign(ana, two, jordi)
        sales.wait(jordi, two, "Budget next week", in_days(3))
        sales.win(marta, three, "F-1")
        sales.lose(ana, four, "price")
        sales.assign(ana, five, jordi)
        sales.lose(jordi, five, "competitor", "Answer sooner")
        sales.win(marta, six, "F-2")
        sales.reopen(ana, six, "Wrong model")
        sales.lose(marta, seven, "price")
        container.runner.catch_up()

    @property
    def company_id(self) -> str:
        return str(self.manager.company_id)
