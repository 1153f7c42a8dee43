"""Only a technician receives a repair order or is assigned one (DOMAIN.md, repair order): the
rule the commands apply to the users named in the body, before the order sees them."""

from __future__ import annotations

from uuid import uuid4

import pytest

from cronica.domain.errors import NotATechnicianError
from cronica.domain.roles import require_technician
from cronica.domain.user import Role


def test_a_technician_is_accepted() -> None:
    require_technician(uuid4(), Role.TECHNICIAN.value)


@pytest.mark.parametrize("role", [role for role in Role if role is not Role.TECHNICIAN])
def test_any_other_role_is_refused_and_named(role: Role) -> None:
    user = uuid4()

    with pytest.raises(NotATechnicianError, match=f"user {user} is a {role.value}, not a"):
        require_technician(user, role.value)
