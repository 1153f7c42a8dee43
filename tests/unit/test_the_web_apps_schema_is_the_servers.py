"""The web app's operations are typed from web/schema.graphql at build time: that file must be
the schema the server serves, or a build could pass against a schema that is not there."""

from pathlib import Path

from cronica.graphql.schema import schema

WEB_SCHEMA = Path(__file__).resolve().parents[2] / "web" / "schema.graphql"


def test_the_web_apps_schema_is_the_one_the_server_serves() -> None:
    assert WEB_SCHEMA.read_text() == schema.as_str() + "\n", (
        "web/schema.graphql is stale: run `make web-schema`"
    )
