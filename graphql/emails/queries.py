"""Query fields over the e-mails the viewer reads: his own (admins and auditors: everyone's)."""

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.emails.filters import EmailFilter, EmailOrder
from cronica.graphql.emails.types import Email
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.projections.emails.rows import EMAILS


@strawberry.type
class EmailQueries:
    emails: Connection[Email] = listing_connection(
        EMAILS,
        EmailFilter,
        EmailOrder,
        Email,
        description="The e-mails you sent (admins and auditors: everyone's; a user's by "
        "senderId, a record's by relatedId), with their delivery state, the newest first "
        "unless ordered otherwise, a page at a time (20 by default).",
    )
    email: Email | None = record_by_id("emails", Email, EMAILS, what="e-mail")
