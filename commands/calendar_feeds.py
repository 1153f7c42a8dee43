"""Calendar feeds: a user issues the secret of his agenda's iCalendar feed URL, which calendar
programs (Google Calendar, Outlook, Thunderbird) subscribe to without any other credential."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cronica.commands.call import CommandCall
from cronica.commands.records import change_record
from cronica.commands.results import Written
from cronica.domain.user import User


@dataclass(frozen=True)
class IssuedFeed:
    """The user's new version, and his feed's secret: the only time it is seen in clear."""

    written: Written
    secret: str


def issue_calendar_feed(call: CommandCall) -> IssuedFeed:
    """A new secret for the caller's feed; the URL with the old one stops working."""
    issued: list[str] = []

    def issue(user: User) -> None:
        issued.append(user.issue_calendar_feed())

    # The secret is never stored, so an earlier answer cannot be given again for a repeated
    # Idempotency-Key: a repeat issues a new secret instead, which replaces the one the client
    # did not receive, and is as harmless.
    unguarded = replace(call, request=replace(call.request, idempotency=None))
    written = change_record(unguarded, User, call.who.user_id, issue)
    # A lost race runs the decision again: the last secret issued is the one saved.
    return IssuedFeed(written, issued[-1])
