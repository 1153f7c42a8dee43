"""Random but valid work on repair orders: articles received (some for a contact), scheduled,
worked on, given materials, delivered, verified, closed and reopened, with Spanish text and times
given in several zones."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from uuid import UUID

from cronica.commands.results import Principal
from cronica.domain.repair_order_values import RepairOrderStatus as Status
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves
from tests.integration.workshop import Workshop

ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, 2, -5, 9)]
FIRST_DAY = datetime(2026, 3, 2, 8)
FAULTS = [
    "La impresora no imprime y hace un ruido extraño",
    "Portátil que no enciende tras una caída",
    "Pantalla rota; el táctil responde a medias",
    "Atasco de papel en la bandeja 2",
    "El camión de reparto no arranca: batería agotada",
    "Teclado con teclas pegadas (café derramado)",
]
WORK = [
    "Sustituido el fusor y limpiado el rodillo",
    "Diagnóstico: placa base dañada, pedida la pieza",
    "Cambiada la pantalla y calibrado el táctil",
    'Actualizado el firmware a la versión "2.1*"',
    "Reparación del conector de carga - probado 2 h",
]
PARTS = [("FUS-01", "Fusor"), ("PAN-15", "Pantalla 15,6 pulgadas"), ("BAT-12", "Batería 12 V")]
PLANNED, WORKED_ON = {Status.RECEIVED, Status.SCHEDULED, Status.IN_PROGRESS}, {Status.IN_PROGRESS}
REOPENABLE = {Status.FINISHED, Status.DELIVERED, Status.VERIFIED, Status.CLOSED}


class RepairOrderMoves(RandomMoves):
    """Orders received by the office's technicians; each move picks an order in a status its
    command accepts."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.workshop = Workshop(office)
        self.status: dict[UUID, Status] = {}
        self.contacts: dict[UUID, UUID] = {}
        # Every slot is on a new day (zones differ by less), as scheduling the same slot again
        # is refused.
        self.slots = 0

    def available(self) -> list[Move]:
        # Moving orders on is likelier than receiving or reopening one, so that many reach the
        # last statuses.
        onwards = {
            self.schedule: PLANNED,
            self.work: {Status.SCHEDULED, *WORKED_ON},
            self.use_materials: {Status.FINISHED, *WORKED_ON},
            self.deliver: {Status.FINISHED},
            self.verify: {Status.DELIVERED},
            self.close: {Status.DELIVERED, Status.VERIFIED},
        }
        moves: list[Move] = [self.receive]
        if self._ids(REOPENABLE):
            moves.append(self.reopen)
        return moves + [move for move, statuses in onwards.items() if self._ids(statuses)] * 3

    def receive(self) -> None:
        rng = self.rng
        customer = rng.choice(self.customers)
        fields: dict[str, object] = {
            "priority": rng.choice(["low", "normal", "high", "urgent"]),
            "accessories": rng.sample(["cargador", "funda", "cable USB"], rng.randrange(3)),
            "warranty": {"inWarranty": rng.random() < 0.3, "reference": None},
        }
        if rng.random() < 0.4:
            fields["contactId"] = self._contact_of(customer)
        written = self.workshop.receive(
            self._anyone(),
            customer,
            self._technician(),
            rng.choice(FAULTS),
            self._moment(rng.randrange(24 * 20)),
            **fields,
        )
        self.status[written.id] = Status.RECEIVED

    def schedule(self) -> None:
        order = self._pick(PLANNED)
        self.slots += 1
        at = self._moment(24 * self.slots)
        self.workshop.schedule(self._anyone(), order, self._technician(), at)
        if self.status[order] is not Status.IN_PROGRESS:
            self.status[order] = Status.SCHEDULED

    def work(self) -> None:
        order = self._pick({Status.SCHEDULED, *WORKED_ON})
        finishes = self.rng.random() < 0.4
        at, minutes = self._moment(self.rng.randrange(24 * 20)), self.rng.randrange(5, 240)
        self.workshop.work(
            self._technician(), order, self.rng.choice(WORK), at, minutes, finishes=finishes
        )
        self.status[order] = Status.FINISHED if finishes else Status.IN_PROGRESS

    def use_materials(self) -> None:
        order = self._pick({Status.FINISHED, *WORKED_ON})
        parts = self.rng.sample(PARTS, self.rng.randrange(1, len(PARTS) + 1))
        quantity = Decimal(self.rng.choice(["1", "2", "0.5"]))
        self.workshop.use(self._anyone(), order, *[(ref, name, quantity) for ref, name in parts])

    def deliver(self) -> None:
        order = self._pick({Status.FINISHED})
        self.workshop.deliver(self._anyone(), order, self._moment(24 * 21))
        self.status[order] = Status.DELIVERED

    def verify(self) -> None:
        order = self._pick({Status.DELIVERED})
        rating = self.rng.randint(1, 5)
        self.workshop.verify(self._anyone(), order, rating, f"Valoración {rating}: ¿todo bien?")
        self.status[order] = Status.VERIFIED if rating >= 3 else Status.IN_PROGRESS

    def close(self) -> None:
        order = self._pick({Status.DELIVERED, Status.VERIFIED})
        self.workshop.close(self._anyone(), order)
        self.status[order] = Status.CLOSED

    def reopen(self) -> None:
        order = self._pick(REOPENABLE)
        self.workshop.reopen(self._anyone(), order, "Vuelve a fallar")
        self.status[order] = Status.IN_PROGRESS

    def _contact_of(self, customer: UUID) -> UUID:
        if customer not in self.contacts:
            self.contacts[customer] = self.office.contact(self._anyone(), customer, "Lucía Peña")
        return self.contacts[customer]

    def _anyone(self) -> Principal:
        return self.rng.choice(self.office.staff)

    def _technician(self) -> Principal:
        return self.rng.choice(self.office.people("technician"))

    def _moment(self, hours: int) -> datetime:
        return (FIRST_DAY + timedelta(hours=hours)).replace(tzinfo=self.rng.choice(ZONES))

    def _pick(self, statuses: set[Status]) -> UUID:
        return self.rng.choice(self._ids(statuses))

    def _ids(self, statuses: set[Status]) -> list[UUID]:
        return [id_ for id_, now in self.status.items() if now in statuses]
