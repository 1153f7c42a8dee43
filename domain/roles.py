"""What each role may do, declared once: every check of a role (a command's, a read's, a rule on
the users a record names) asks `can` here rather than listing roles of its own."""

from __future__ import annotations

from enum import Enum
from uuid import UUID

from cronica.domain.errors import NotASellerError, NotATechnicianError
from cronica.domain.user import Role


class Capability(Enum):
    """Something only some roles may do or be."""

    SELL = "sell"
    """Be an opportunity's agent."""
    REPAIR = "repair"
    """Be assigned an incident, receive or be assigned a repair order."""
    SUPERVISE = "supervise"
    """Write in other users' timesheets and agendas, and read anyone's work in the company."""
    ADMINISTER = "administer"
    """Shape the company: its business units, its users and their roles, its catalogues."""
    AUDIT = "audit"
    """Read any record of the company as it was, personal ones (agendas, messages) included."""
    TRIAGE = "triage"
    """Be alerted of every new incident of the company that was not closed at once."""
    CHANGE = "change"
    """Change records at all (within the scope `cronica.domain.access` gives)."""
    READ_COMPANY = "read-company"
    """Read every record of the company, whatever unit owns it."""
    CHANGE_COMPANY = "change-company"
    """Change every record of the company, whatever unit owns it."""


CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.ADMIN: frozenset(
        {
            Capability.SELL,
            Capability.SUPERVISE,
            Capability.ADMINISTER,
            Capability.AUDIT,
            Capability.CHANGE,
            Capability.READ_COMPANY,
            Capability.CHANGE_COMPANY,
        }
    ),
    Role.MANAGER: frozenset(
        {Capability.SELL, Capability.SUPERVISE, Capability.TRIAGE, Capability.CHANGE}
    ),
    Role.AGENT: frozenset({Capability.SELL, Capability.CHANGE}),
    Role.TECHNICIAN: frozenset({Capability.REPAIR, Capability.CHANGE}),
    Role.OFFICE: frozenset({Capability.CHANGE}),
    Role.AUDITOR: frozenset({Capability.AUDIT, Capability.READ_COMPANY}),
}


def can(role: str, capability: Capability) -> bool:
    """Whether users of `role` (a Role or its value) may do what `capability` names."""
    return capability in CAPABILITIES[Role(role)]


def roles_that_can(capability: Capability) -> list[Role]:
    """The roles that may, in the order Role declares them (to name them in a refusal)."""
    return [role for role in Role if can(role, capability)]


def require_seller(user_id: UUID, role: str) -> None:
    """Refuses as an opportunity's agent a user whose role does not sell."""
    if not can(role, Capability.SELL):
        raise NotASellerError(f"user {user_id} is {role}: an opportunity's agent must sell")


def require_technician(user_id: UUID, role: str, field: str = "technician_id") -> None:
    """Refuses a user who is not a technician as the one assigned an incident, or who receives
    or is assigned a repair order (named `field` in the command)."""
    if not can(role, Capability.REPAIR):
        raise NotATechnicianError(f"user {user_id} is a {role}, not a technician", field=field)
