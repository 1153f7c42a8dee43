"""Notice boards: new incidents alert the managers, assignments the technician; alerts are read."""

from __future__ import annotations

from cronica.commands.results import Principal
from cronica.domain.inbox import Inbox, inbox_id_for
from cronica.ops.container import Container
from cronica.projections.notice_board.queries import alerts_for, unread_count
from cronica.projections.notice_board.rows import alert_id_for
from cronica.projections.rows import utc_text
from tests.fixtures.scopes import own_only
from tests.fixtures.staff.office import Office


def board(container: Container, who: Principal, *, unread_only: bool = False) -> list[str]:
    """The titles on the user's board, newest first."""
    alerts = alerts_for(
        container.store, own_only(str(who.company_id), str(who.user_id)), unread_only=unread_only
    )
    return [alert.title for alert in alerts]


def test_a_new_incident_alerts_every_manager_unless_closed_at_once(container: Container) -> None:
    office = Office(container.application)
    ana, marc = office.hire("Ana", "manager"), office.hire("Marc", "manager")
    luis, sara = office.hire("Luis", "technician"), office.hire("Sara", "agent")
    shop = office.customer(sara, "Shop")
    fridge = office.open(sara, shop, "Fridge")
    office.open(sara, shop, "Door", resolution="oiled on the phone")
    late = office.hire("Late", "manager")
    office.open(sara, shop, "Oven")
    elsewhere = Office(container.application, slug="globex")
    gus = elsewhere.hire("Gus", "manager")
    elsewhere.open(gus, elsewhere.customer(gus, "Cafe"), "Grill")
    container.runner.catch_up()

    assert (
        board(container, ana)
        == board(container, marc)
        == [
            "New incident: Oven",
            "New incident: Fridge",
        ]
    )
    assert board(container, late) == ["New incident: Oven"]  # hired after the fridge's
    assert board(container, luis) == board(container, sara) == []
    assert board(container, gus) == ["New incident: Grill"]
    alert = alerts_for(container.store, own_only(str(ana.company_id), str(ana.user_id)))[-1]
    assert alert.id == alert_id_for(fridge.id, 1, ana.user_id)
    assert (alert.kind, alert.record_id, alert.record_number) == (
        "incident_opened",
        str(fridge.id),
        "INC-000001",
    )
    assert alert.read_at is None
    assert alert.created_at == utc_text(container.application.repository.get(fridge.id).created_on)


def test_an_assignment_alerts_the_technician(container: Container) -> None:
    office = Office(container.application)
    ana, luis, eva = (office.hire(name, "technician") for name in ("Ana", "Luis", "Eva"))
    fridge = office.open(ana, office.customer(ana, "Shop"), "Fridge")
    office.assign(ana, fridge.id, luis)
    reassigned = office.assign(ana, fridge.id, eva)
    container.runner.catch_up()

    assert board(container, luis) == board(container, eva) == ["Assigned to you: Fridge"]
    alert = alerts_for(container.store, own_only(str(eva.company_id), str(eva.user_id)))[0]
    assert alert.id == alert_id_for(fridge.id, reassigned.version, eva.user_id)
    assert (alert.kind, alert.record_number) == ("incident_assigned", "INC-000001")


def test_marking_an_alert_read_takes_it_off_the_unread_count(container: Container) -> None:
    office = Office(container.application)
    ana, luis = office.hire("Ana", "manager"), office.hire("Luis", "technician")
    shop = office.customer(ana, "Shop")
    fridge, oven = office.open(ana, shop, "Fridge").id, office.open(ana, shop, "Oven").id
    container.runner.catch_up()
    company, user = str(ana.company_id), str(ana.user_id)
    assert unread_count(container.store, own_only(company, user)) == 2

    office.mark_read(ana, alert_id_for(fridge, 1, ana.user_id))
    office.mark_read(luis, alert_id_for(oven, 1, ana.user_id))  # not his alert: ignored
    container.runner.catch_up()

    assert unread_count(container.store, own_only(company, user)) == 1
    assert board(container, ana, unread_only=True) == ["New incident: Oven"]
    read = alerts_for(container.store, own_only(company, user))[-1]
    inbox = container.application.repository.get(inbox_id_for(ana.user_id))
    assert isinstance(inbox, Inbox)
    assert read.read_at == utc_text(inbox.modified_on)


def test_the_board_lists_the_newest_alerts_first_up_to_a_limit(container: Container) -> None:
    office = Office(container.application)
    ana = office.hire("Ana", "manager")
    shop = office.customer(ana, "Shop")
    for subject in ("One", "Two", "Three"):
        office.open(ana, shop, subject)
    container.runner.catch_up()

    newest = alerts_for(container.store, own_only(str(ana.company_id), str(ana.user_id)), limit=2)
    assert [alert.title for alert in newest] == ["New incident: Three", "New incident: Two"]
