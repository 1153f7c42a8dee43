"""The media type of a /graphql answer follows the Accept header: the new
`application/graphql-response+json` when the client prefers it (or likes it as much as
`application/json`), `application/json` for everyone else (no header, `*/*`, legacy clients)."""

from cronica.graphql.http_answers import GRAPHQL_RESPONSE_JSON, LEGACY_JSON, answer_media_type


def test_the_answer_is_in_the_media_type_the_client_prefers() -> None:
    for accept, media_type in (
        (None, LEGACY_JSON),
        ("", LEGACY_JSON),
        ("*/*", LEGACY_JSON),
        ("application/json", LEGACY_JSON),
        ("application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("Application/GraphQL-Response+JSON; charset=utf-8", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json, application/json;q=0.9", GRAPHQL_RESPONSE_JSON),
        ("application/json, application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("application/json, application/graphql-response+json;q=0.5", LEGACY_JSON),
        ("application/graphql-response+json;q=0", LEGACY_JSON),
        ("application/graphql-response+json;q=bad", LEGACY_JSON),
        ("text/html", LEGACY_JSON),
    ):
        assert answer_media_type(accept) == media_type, accept
