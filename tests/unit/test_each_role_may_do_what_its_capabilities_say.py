"""What each role may do is declared once (domain/roles.py); every check asks it. These are the
roles each capability belongs to, as the README's access matrix states them."""

from __future__ import annotations

import pytest

from cronica.domain.roles import Capability, can, roles_that_can
from cronica.domain.user import Role

HOLDERS = {
    Capability.SELL: [Role.ADMIN, Role.MANAGER, Role.AGENT],
    Capability.REPAIR: [Role.TECHNICIAN],
    Capability.SUPERVISE: [Role.ADMIN, Role.MANAGER],
    Capability.ADMINISTER: [Role.ADMIN],
    Capability.AUDIT: [Role.ADMIN, Role.AUDITOR],  # private records of others, as they were
    Capability.TRIAGE: [Role.MANAGER],  # the notice board alerted managers of new incidents
    Capability.CHANGE: [Role.ADMIN, Role.MANAGER, Role.AGENT, Role.TECHNICIAN, Role.OFFICE],
    Capability.READ_COMPANY: [Role.ADMIN, Role.AUDITOR],
    Capability.CHANGE_COMPANY: [Role.ADMIN],
}


@pytest.mark.parametrize("capability", list(Capability))
def test_a_capability_belongs_to_the_roles_the_matrix_names(capability: Capability) -> None:
    assert roles_that_can(capability) == HOLDERS[capability]


def test_office_staff_may_only_change_records_in_their_scope() -> None:
    allowed = [capability for capability in Capability if can(Role.OFFICE.value, capability)]
    assert allowed == [Capability.CHANGE]


def test_an_auditor_reads_everything_and_changes_nothing() -> None:
    assert can(Role.AUDITOR.value, Capability.READ_COMPANY)
    assert not can(Role.AUDITOR.value, Capability.CHANGE)
