"""What every record of the business shows of what was sent about it: the e-mails sent from it
and the internal messages about it (DOMAIN.md: both are archived on the record), each the first
page of `emails` / the viewer's messages filtered by its id."""

from typing import Any

from cronica.graphql.first_pages import first_page


def archived_emails() -> Any:
    """A record type's `emails` field."""
    return first_page(
        "record_emails",
        "Email",
        "cronica.graphql.emails.types",
        "The e-mails sent from it that you read (yours; admins and auditors: everyone's), "
        "with their delivery state, the newest first: the first page of `emails` filtered by "
        "its relatedId.",
    )


def archived_messages() -> Any:
    """A record type's `messages` field."""
    return first_page(
        "record_messages",
        "Message",
        "cronica.graphql.messages.message",
        "The internal messages about it that you sent or received, the newest first.",
    )
