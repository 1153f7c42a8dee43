"""An opportunity's agent is a user who sells: an agent, a manager or an admin."""

from __future__ import annotations

from uuid import uuid4

import pytest

from cronica.domain.errors import NotASellerError
from cronica.domain.roles import require_seller
from cronica.domain.user import Role


@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER, Role.ADMIN])
def test_agents_managers_and_admins_sell(role: Role) -> None:
    require_seller(uuid4(), role.value)


@pytest.mark.parametrize("role", [Role.TECHNICIAN, Role.OFFICE])
def test_technicians_and_office_staff_do_not(role: Role) -> None:
    with pytest.raises(NotASellerError, match=role.value):
        require_seller(uuid4(), role.value)
