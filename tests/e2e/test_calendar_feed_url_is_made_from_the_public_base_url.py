"""The calendar feed's URL is made from the server's configured public address
(`CRONICA_PUBLIC_BASE_URL`, a path under it kept), never from the Host header a client sends; an
address that is not an absolute http(s) URL is refused when the settings are read."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from pydantic import ValidationError

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app


def test_a_forged_host_header_does_not_reach_the_feed_url(sqlite_only_settings: Settings) -> None:
    public = sqlite_only_settings.model_copy(
        update={"public_base_url": "https://crm.example.com/cronica"}
    )
    with running_app(public, run_projections=False) as api:
        pau = api.hire("Pau Roig", "technician")

        issued = api.client.post(
            "/v1/me/calendar-feed",
            headers={"Authorization": f"Bearer {pau.token}", "Host": "attacker.example"},
        )

        assert issued.status_code == 200, issued.text
        url = issued.json()["url"]
        assert url.startswith("https://crm.example.com/cronica/calendar/") and url.endswith(".ics")
        assert "attacker" not in url
        # Behind the proxy that serves it under /cronica, the app answers the rest of the path.
        api.container.runner.catch_up()
        path = urlsplit(url).path.removeprefix("/cronica")
        assert api.client.get(path).status_code == 200


def test_without_a_public_address_the_feed_url_is_the_servers_own_default() -> None:
    assert Settings().public_base_url == "http://127.0.0.1:8000"
    assert Settings(public_base_url="https://crm.example.com/").public_base_url == (
        "https://crm.example.com"
    )


@pytest.mark.parametrize(
    "address",
    [
        "crm.example.com",
        "/calendar",
        "ftp://crm.example.com",
        "https://",
        "https://crm.example.com:port",
        "https://crm.example.com/?tenant=acme",
        "https://crm.example.com/#top",
        "https://user:secret@crm.example.com",
    ],
)
def test_a_public_address_that_is_not_an_absolute_http_url_is_refused(address: str) -> None:
    with pytest.raises(ValidationError, match="public_base_url"):
        Settings(public_base_url=address)
