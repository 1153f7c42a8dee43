"""The server serves the event contract without a token: the AsyncAPI document, a page listing
its channels, messages and fields with nothing loaded from elsewhere, and each message's data
schema at its `dataschema` URL (an unknown one answers 404 problem+json)."""

from __future__ import annotations

from html.parser import HTMLParser

from cronica.ops.settings import Settings
from tests.fixtures.http.served_apps import served


class _Links(HTMLParser):
    """Every tag of the page and the URLs it names."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.urls += [value or "" for name, value in attrs if name in ("href", "src")]


def test_the_document_the_page_and_the_schemas_are_served(sqlite_only_settings: Settings) -> None:
    settings = sqlite_only_settings.model_copy(
        update={"public_base_url": "https://crm.example.es/cronica", "nats_subject_prefix": "crm"}
    )
    with served(settings) as client:
        document = client.get("/asyncapi.json")
        page = client.get("/asyncapi")
        schema = client.get("/asyncapi/schemas/v2/RepairOrderScheduledAsAssigned.json")
        unknown = client.get("/asyncapi/schemas/v2/Nothing.json")

    assert document.status_code == page.status_code == schema.status_code == 200
    channels = document.json()["channels"]
    assert channels["repair_order.assigned"]["address"] == "crm.{company}.repair_order.assigned"
    assert page.headers["content-type"].startswith("text/html")
    links = _Links()
    links.feed(page.text)
    assert not {"script", "link", "img", "iframe"} & links.tags
    assert all(url.startswith(("#", "asyncapi.json")) for url in links.urls)
    for channel in channels.values():
        assert channel["address"] in page.text
    assert "TaskCancelledAsClosed" in page.text and "CANCELLED" in page.text
    assert schema.headers["content-type"] == "application/schema+json"
    assert schema.json()["$id"] == (
        "https://crm.example.es/cronica/asyncapi/schemas/v2/RepairOrderScheduledAsAssigned.json"
    )
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
