"""What each role may do is declared once (domain/roles.py); every check asks it. These are the
roles each capability had when the checks were spread over commands, graphql and the domain."""

from __future__ import annotations

import pytest

from cronica.domain.roles import Capability, can, roles_that_can
from cronica.domain.user import Role

HOLDERS = {
    Capability.SELL: [Role.ADMIN, Role.MANAGER, Role.AGENT],
    Capability.REPAIR: [Role.TECHNICIAN],
    Capability.SUPERVISE: [Role.ADMIN, Role.MANAGER],
    Capability.ADMINISTER: [Role.ADMIN],
    Capability.AUDIT: [Role.ADMIN],  # graphql's record/history read personal records
    Capability.TRIAGE: [Role.MANAGER],  # the notice board alerted managers of new incidents
}


@pytest.mark.parametrize("capability", list(Capability))
def test_a_capability_belongs_to_the_same_roles_as_before(capability: Capability) -> None:
    assert roles_that_can(capability) == HOLDERS[capability]


def test_office_staff_may_do_none_of_them() -> None:
    assert not any(can(Role.OFFICE.value, capability) for capability in Capability)
