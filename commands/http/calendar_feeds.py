"""The caller's calendar feed over HTTP: issue (or replace) its secret URL, on the server's public
address (`CRONICA_PUBLIC_BASE_URL`)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import Field

from cronica.commands import calendar_feeds
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses

router = APIRouter(prefix="/v1/me", tags=["agenda"])


class CalendarFeedIssued(Accepted):
    """The caller (a user record), and the URL of his agenda's iCalendar feed."""

    url: str = Field(
        description="Subscribe to it from a calendar program; the secret in it is the only "
        "credential, and it is shown only now. Issuing again replaces it."
    )


@router.post(
    "/calendar-feed",
    summary="Issue the URL of my agenda's iCalendar feed",
    description="Answers a new secret URL (RFC 5545 `text/calendar`); the previous URL stops "
    "working. An Idempotency-Key does not repeat an answer: the secret is never stored.",
    responses=problem_responses(400, 401, 409, 412, 422),
)
def issue_calendar_feed(call: Call, request: Request, response: Response) -> CalendarFeedIssued:
    issued = calendar_feeds.issue_calendar_feed(call)
    answer = accepted(response, issued.written)
    # The feed's own route (graphql/http/calendar_feed.py) makes the path: it is written once. The
    # server's public address comes from the settings, never from the request's Host header, which
    # the client chooses (a forged one would hand the user a URL to someone else's server).
    path = request.app.url_path_for("calendar_feed", secret=issued.secret)
    url = f"{request.app.state.public_base_url}{path}"
    return CalendarFeedIssued(**answer.model_dump(), url=url)
