"""Records only read are shared with the cache, not copied (commands/repository.py): the cached
object is never changed in place, so a reader may keep it while others write; a decision gets a
copy of its own, and one that would save a shared record is refused before anything is stored."""

from __future__ import annotations

import pytest

from cronica.commands.application import CommandRequest
from cronica.commands.repository import SharedRecordChangedError
from cronica.domain.incident import Incident
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events


def test_a_shared_read_keeps_its_state_when_the_record_moves_on(office: Office) -> None:
    technician = office.hire("Pau Roig", "technician")
    opened = office.open(technician, office.customer(technician, "Ferrer SL"), "Jams")
    app = office.app
    shared = app.load(Incident, opened.id, technician.company_id, shared=True)
    assert app.load(Incident, opened.id, technician.company_id, shared=True) is shared

    office.close(technician, opened.id)

    assert shared.version == opened.version
    assert shared.status.value == "open"
    now = app.load(Incident, opened.id, technician.company_id, shared=True)
    assert now is not shared
    assert now.version == opened.version + 1
    assert now.status.value == "closed"


def test_a_decision_gets_a_copy_of_its_own(office: Office) -> None:
    technician = office.hire("Pau Roig", "technician")
    opened = office.open(technician, office.customer(technician, "Ferrer SL"), "Jams")
    shared = office.app.load(Incident, opened.id, technician.company_id, shared=True)

    own = office.app.load(Incident, opened.id, technician.company_id)

    assert own is not shared
    assert own.version == shared.version


def test_a_decision_that_changed_a_shared_record_saves_nothing(office: Office) -> None:
    technician = office.hire("Pau Roig", "technician")
    opened = office.open(technician, office.customer(technician, "Ferrer SL"), "Jams")
    app = office.app
    before = len(stored_events(app))

    def decide() -> list[Incident]:
        incident = app.load(Incident, opened.id, technician.company_id, shared=True)
        incident.close("done")
        return [incident]

    with pytest.raises(SharedRecordChangedError):
        app.write(CommandRequest(str(technician.user_id), "test:shared"), decide)
    assert len(stored_events(app)) == before
    reloaded = app.load(Incident, opened.id, technician.company_id, shared=True)
    assert reloaded.status.value == "open"
