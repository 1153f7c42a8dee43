"""The status guard records with a lifecycle share: a command applies only in some statuses."""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from typing import ClassVar

from cronica.domain.errors import IllegalTransitionError


class StatusGuarded:
    """Mixed into aggregates that have a `status`; `noun` names the record in refusals."""

    noun: ClassVar[str]
    """How a refusal names the record, with its article: "an incident", "a repair order"."""

    status: StrEnum

    def _require(self, allowed: Collection[StrEnum], action: str) -> None:
        """Raises IllegalTransitionError unless the record's status is one of `allowed`."""
        if self.status not in allowed:
            raise IllegalTransitionError(f"cannot {action} {self.noun} that is {self.status}")
