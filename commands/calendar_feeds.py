"""Calendar feeds: a user issues the secret of his agenda's iCalendar feed URL, which calendar
programs (Google Calendar, Outlook, Thunderbird) subscribe to without any other credential."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cronica.commands.application import Decided
from cronica.commands.call import CommandCall
from cronica.commands.results import Written
from cronica.domain.user import User


@dataclass(frozen=True)
class IssuedFeed:
    """The user's new version, and his feed's secret: the only time it is seen in clear."""

    written: Written
    secret: str


def issue_calendar_feed(call: CommandCall) -> IssuedFeed:
    """A new secret for the caller's feed; the URL with the old one stops working."""
    # The secret is never stored, so an earlier answer cannot be given again for a repeated
    # Idempotency-Key: a repeat issues a new secret instead, which replaces the one the client
    # did not receive, and is as harmless.
    unguarded = replace(call, request=replace(call.request, idempotency=None))

    def decide() -> Decided:
        # The caller's own user record, not one they name: theirs to give a feed, though users
        # are the company's records that only admins change.
        request = unguarded.request
        user = call.app.load(User, call.who.user_id, call.who.company_id, request.expected_version)
        return Decided([user], secret=user.issue_calendar_feed())

    written = unguarded.write(decide)
    assert written.secret is not None, "issuing a feed answers its secret"
    return IssuedFeed(written, written.secret)
