"""Random but valid work on opportunities: opening, assigning, commercial actions, follow-ups,
winning, losing and reopening."""

from __future__ import annotations

import random
from decimal import Decimal
from uuid import UUID

from cronica.commands.catalogue_defaults import DEFAULT_ENTRIES
from cronica.commands.results import Principal
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.opportunity_values import ActionKind
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves
from tests.integration.sales import Sales, in_days

TYPES = ["new_sale", "renewal", "upgrade"]
SOURCES = [None, "fair", "web", "referral"]
PRIORITIES = ["low", "normal", "high", "urgent"]
LOST_REASONS = [entry.code for entry in DEFAULT_ENTRIES[CatalogueKind.LOST_REASONS]]
OPEN, CLOSED = "open", "closed"


class OpportunityMoves(RandomMoves):
    """Opportunities worked on by the office's sellers; each move picks an opportunity in a
    state its command accepts."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.sales = Sales(self.office)
        self.state: dict[UUID, str] = {}
        self.agent: dict[UUID, UUID | None] = {}
        self.open_actions: dict[UUID, list[UUID]] = {}

    def available(self) -> list[Move]:
        moves: list[Move] = [self.open]
        if self._ids(OPEN):
            moves += [self.assign, self.act, self.wait, self.work, self.win, self.lose]
        if self._ids(CLOSED):
            moves.append(self.reopen)
        if any(self.open_actions.values()):
            moves.append(self.mark_done)
        return moves

    def open(self) -> None:
        rng = self.rng
        agent = rng.choice([None, *self.sales.sellers()])
        cents = rng.randrange(0, 500_000)
        written = self.sales.open(
            rng.choice(self.sales.sellers()),
            rng.choice(self.customers),
            f"Deal {len(self.state)}",
            type=rng.choice(TYPES),
            source=rng.choice(SOURCES),
            priority=rng.choice(PRIORITIES),
            amount=None if rng.random() < 0.2 else str(Decimal(cents).scaleb(-2)),
            agent=agent,
            notes=rng.choice([None, "Met at the fair", "Asked for a demo"]),
        )
        self.state[written.id] = OPEN
        self.agent[written.id] = None if agent is None else agent.user_id
        self.open_actions[written.id] = []

    def assign(self) -> None:
        opportunity = self._pick(OPEN)
        others = [s for s in self.sales.sellers() if s.user_id != self.agent[opportunity]]
        agent = self.rng.choice(others)
        self.sales.assign(self._seller(), opportunity, agent)
        self.agent[opportunity] = agent.user_id

    def act(self) -> None:
        opportunity, done = self._pick(OPEN), self.rng.random() < 0.3
        kind = self.rng.choice(list(ActionKind)).value
        action = self.sales.act(
            self._seller(), opportunity, kind, f"{kind} #{len(self.state)}", done
        )
        if not done:
            self.open_actions[opportunity].append(action)

    def mark_done(self) -> None:
        opportunity = self.rng.choice([o for o, actions in self.open_actions.items() if actions])
        actions = self.open_actions[opportunity]
        action = actions.pop(self.rng.randrange(len(actions)))
        self.sales.done(self._seller(), opportunity, action)

    def wait(self) -> None:
        until = in_days(self.rng.randrange(1, 60))
        self.sales.wait(self._seller(), self._pick(OPEN), "Call back later", until)

    def work(self) -> None:
        self.sales.work(self._seller(), self._pick(OPEN), "Quote sent")

    def win(self) -> None:
        opportunity = self._pick(OPEN)
        self.sales.win(self._seller(), opportunity, f"F-{self.rng.randrange(1, 10_000)}")
        self.state[opportunity] = CLOSED

    def lose(self) -> None:
        opportunity = self._pick(OPEN)
        improve = self.rng.choice([None, "Answer sooner", "Offer leasing"])
        self.sales.lose(self._seller(), opportunity, self.rng.choice(LOST_REASONS), improve)
        self.state[opportunity] = CLOSED

    def reopen(self) -> None:
        opportunity = self._pick(CLOSED)
        self.sales.reopen(self._seller(), opportunity, "The customer called again")
        self.state[opportunity] = OPEN

    def _seller(self) -> Principal:
        return self.rng.choice(self.sales.sellers())

    def _pick(self, state: str) -> UUID:
        return self.rng.choice(self._ids(state))

    def _ids(self, state: str) -> list[UUID]:
        return [id_ for id_, now in self.state.items() if now == state]
