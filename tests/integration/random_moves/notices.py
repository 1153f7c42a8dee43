"""Random but valid work on notices: calls logged for someone, forwarded, acted on, resolved and
reopened, at times given in several zones."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from uuid import UUID

from cronica.commands.catalogue_defaults import DEFAULT_ENTRIES
from cronica.commands.results import Principal
from cronica.domain.catalogue_values import CatalogueKind
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves
from tests.integration.reception import Reception

ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, 2, -5, 9)]
FIRST_CALL = datetime(2026, 3, 2, 8)
NOTICE_CODES = [entry.code for entry in DEFAULT_ENTRIES[CatalogueKind.NOTICE_CODES]]
RESOLUTION_CODES = [entry.code for entry in DEFAULT_ENTRIES[CatalogueKind.RESOLUTION_CODES]]
OPEN, RESOLVED = "open", "resolved"


class NoticeMoves(RandomMoves):
    """Notices taken by anyone of the office for anyone; each move picks a notice in a status its
    command accepts, and never dates a step before the call."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.reception = Reception(office)
        self.status: dict[UUID, str] = {}
        self.recipient: dict[UUID, UUID] = {}
        self.taken_at: dict[UUID, datetime] = {}

    def available(self) -> list[Move]:
        moves: list[Move] = [self.log]
        if self._ids(OPEN):
            moves += [self.forward, self.note_action, self.resolve]
        if self._ids(RESOLVED):
            moves.append(self.reopen)
        return moves

    def log(self) -> None:
        rng = self.rng
        kind = rng.choice(["customer", "customer", "supplier", "other"])
        recipient = rng.choice(self.office.staff)
        taken_at = self._moment(FIRST_CALL + timedelta(hours=rng.randrange(24 * 20)))
        written = self.reception.log(
            rng.choice(self.office.staff),
            recipient,
            f"Call {len(self.status)}",
            customer_id=rng.choice(self.customers) if kind == "customer" else None,
            caller_kind=kind,
            importance=rng.randint(1, 5),
            code=rng.choice(NOTICE_CODES),
            taken_at=taken_at,
        )
        self.status[written.id] = OPEN
        self.recipient[written.id] = recipient.user_id
        self.taken_at[written.id] = taken_at

    def forward(self) -> None:
        notice = self._pick(OPEN)
        others = [p for p in self.office.staff if p.user_id != self.recipient[notice]]
        to = self.rng.choice(others)
        self.reception.forward(self._staff(), notice, to)
        self.recipient[notice] = to.user_id

    def note_action(self) -> None:
        notice = self._pick(OPEN)
        self.reception.note_action(self._staff(), notice, self._after(notice))

    def resolve(self) -> None:
        notice = self._pick(OPEN)
        code = self.rng.choice(RESOLUTION_CODES)
        self.reception.resolve(self._staff(), notice, self._after(notice), code=code)
        self.status[notice] = RESOLVED

    def reopen(self) -> None:
        notice = self._pick(RESOLVED)
        self.reception.reopen(self._staff(), notice)
        self.status[notice] = OPEN

    def _staff(self) -> Principal:
        return self.rng.choice(self.office.staff)

    def _moment(self, wall_clock: datetime) -> datetime:
        return wall_clock.replace(tzinfo=self.rng.choice(ZONES))

    def _after(self, notice: UUID) -> datetime:
        """A time some minutes after the call, written in some zone (the same instant or later
        than the call, whatever the zones)."""
        later = self.taken_at[notice] + timedelta(minutes=self.rng.randrange(0, 3 * 24 * 60))
        return later.astimezone(self.rng.choice(ZONES))

    def _pick(self, status: str) -> UUID:
        return self.rng.choice(self._ids(status))

    def _ids(self, status: str) -> list[UUID]:
        return [id_ for id_, now in self.status.items() if now == status]
