"""What an incident's assignment causes beyond the incident (DOMAIN.md "Incident"): an entry in
the technician's agenda and an internal message telling him, saved together."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from cronica.commands.application import CronicaApplication
from cronica.commands.reactions import Reaction, caused_by, write_once
from cronica.domain.agenda_entry import AgendaEntry
from cronica.domain.base import CronicaAggregate
from cronica.domain.incident import Incident
from cronica.domain.message import InternalMessage
from cronica.domain.user import User

# The seed says the assignment "creates an event in the technician's agenda" without a time:
# it goes where he will see it, from the moment of the assignment, for an hour he can move.
AGENDA_SLOT = timedelta(hours=1)


class IncidentAssignedReaction(Reaction):
    """Puts the assigned incident in the technician's agenda and sends him a message."""

    name = "incident-assigned"
    handles = (Incident.Assigned,)

    def react(self, app: CronicaApplication, event: Any) -> None:
        incident = app.find(Incident, event.originator_id, version=event.originator_version)
        technician = app.find(User, event.technician_id)
        if incident is None or technician is None:
            return
        title = f"{incident.number}: {incident.subject}"

        def decide() -> list[CronicaAggregate]:
            entry = AgendaEntry.put(
                company_id=incident.company_id,
                owner_id=technician.id,
                starts_at=event.timestamp,
                ends_at=event.timestamp + AGENDA_SLOT,
                title=title,
                notes=incident.description,
                related_type="incident",
                related_id=incident.id,
                caused_by=caused_by(event, "agenda-entry"),
            )
            message = InternalMessage.send(
                company_id=incident.company_id,
                sender_id=None,
                recipient_ids=[technician.id],
                subject=f"Incident assigned to you: {title}",
                body=incident.description,
                related_type="incident",
                related_id=incident.id,
                caused_by=caused_by(event, "message"),
            )
            return [entry, message]

        # The agenda and the inbox are the technician's: his unit owns what lands in them.
        write_once(app, self.request_for(event, unit_id=technician.unit_id), decide)
