"""Random but valid work on internal messages: sent to one or several colleagues (some followed
with a reminder, some with files attached), read, their reminder cleared, archived."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from uuid import UUID

from cronica.commands.results import Principal
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves
from tests.integration.reception import Reception

ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, -3, 5, 10)]
FIRST_REMINDER = datetime(2026, 3, 9, 9)
WORDS = ["Call", "the", "customer", "back", "today", "about", "his", "boiler", "please"]


@dataclass
class Sent:
    """What the moves know of a message: its people, and who may still read or archive it."""

    sender: Principal
    recipients: list[Principal]
    unread: list[Principal]
    not_archived: list[Principal]
    reminder: bool


class MessageMoves(RandomMoves):
    """Messages between the office's people; each move picks a message (and a recipient) its
    command accepts."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.reception = Reception(office)
        self.sent: dict[UUID, Sent] = {}

    def available(self) -> list[Move]:
        moves: list[Move] = [self.send]
        if self._with(lambda message: message.unread):
            moves.append(self.read)
        if self._with(lambda message: message.reminder):
            moves.append(self.clear_reminder)
        if self._with(lambda message: message.not_archived):
            moves.append(self.archive)
        return moves

    def send(self) -> None:
        rng, staff = self.rng, self.office.staff
        recipients = rng.sample(staff, rng.randint(1, min(4, len(staff))))
        reminder = rng.random() < 0.4
        remind_at = None
        if reminder and rng.random() < 0.7:
            wall_clock = FIRST_REMINDER + timedelta(hours=rng.randrange(24 * 30))
            remind_at = wall_clock.replace(tzinfo=rng.choice(ZONES))
        sender = rng.choice(staff)
        written = self.reception.send(
            sender,
            recipients,
            f"Message {len(self.sent)}",
            body=" ".join(rng.choices(WORDS, k=rng.randrange(1, 60))),
            reminder=reminder,
            remind_at=remind_at,
            files=[rng.randbytes(rng.randrange(1, 64)) for _ in range(rng.choice([0, 0, 1, 3]))],
        )
        self.sent[written.id] = Sent(
            sender, recipients, list(recipients), list(recipients), reminder
        )

    def read(self) -> None:
        message_id, reader = self._someone_of(lambda message: message.unread)
        self.reception.read(reader, message_id)

    def clear_reminder(self) -> None:
        message_id = self.rng.choice(self._with(lambda message: message.reminder))
        message = self.sent[message_id]
        who = self.rng.choice([message.sender, *message.recipients])
        self.reception.clear_reminder(who, message_id)
        message.reminder = False

    def archive(self) -> None:
        message_id, recipient = self._someone_of(lambda message: message.not_archived)
        self.reception.archive(recipient, message_id)

    def _with(self, having: Callable[[Sent], object]) -> list[UUID]:
        return [message_id for message_id, message in self.sent.items() if having(message)]

    def _someone_of(self, people: Callable[[Sent], list[Principal]]) -> tuple[UUID, Principal]:
        """A message with someone in its list `people`, and that person, taken off the list."""
        message_id = self.rng.choice(self._with(people))
        waiting = people(self.sent[message_id])
        return message_id, waiting.pop(self.rng.randrange(len(waiting)))
