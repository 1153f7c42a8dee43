"""Attachments over HTTP: each user's uploads stay within his quota (413, nothing stored, the
same bytes counted once, also when two processes upload at once); a download is a file to save,
named as uploaded (RFC 6266 and 8187), never content a browser would guess and show; and every
answer of the app says `nosniff`."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import CommandApi, running_api

ATTACHMENTS = "/v1/attachments"
SMALL = {"attachment_max_bytes": 800, "attachment_quota_bytes": 1_000}


def upload(api: CommandApi, content: bytes, token: str | None = None, **params: str) -> Any:
    headers = {"Authorization": f"Bearer {token or api.token}"}
    return api.client.post(ATTACHMENTS, content=content, params=params, headers=headers)


def download(api: CommandApi, sha256: str) -> httpx.Response:
    return api.client.get(
        f"{ATTACHMENTS}/{sha256}", headers={"Authorization": f"Bearer {api.token}"}
    )


def test_a_users_uploads_stay_within_his_quota_and_nothing_over_it_is_stored(
    settings: Settings,
) -> None:
    with running_api(settings.model_copy(update=SMALL)) as api:
        first, second = b"a" * 600, b"b" * 600
        for _ in range(2):  # the same bytes again are counted once
            assert upload(api, first).status_code == 201

        refused = upload(api, second)

        assert refused.status_code == 413
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"] == "https://cronica.dev/problems/quota-exceeded"
        assert "quota is 1000" in refused.json()["detail"]
        assert download(api, hashlib.sha256(second).hexdigest()).status_code == 404
        # Another user has a quota of his own, and the first is charged for bytes uploaded by
        # someone else, as his upload they are.
        colleague = api.user("agent", "Eva Soto")
        assert upload(api, second, colleague.token).status_code == 201
        assert upload(api, second).status_code == 413


def test_two_processes_uploading_for_one_user_at_once_keep_within_his_quota(
    settings: Settings,
) -> None:
    quota = settings.model_copy(update={"attachment_quota_bytes": 1_000})
    with running_api(quota) as api, TestClient(create_app(quota)) as other_process:
        contents = [bytes([n]) * 300 for n in range(8)]
        clients = [api.client, other_process] * 4
        headers = {"Authorization": f"Bearer {api.token}"}

        def send(pair: tuple[TestClient, bytes]) -> int:
            client, content = pair
            return client.post(ATTACHMENTS, content=content, headers=headers).status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(send, zip(clients, contents, strict=True)))

        assert sorted(statuses) == [201] * 3 + [413] * 5


def test_a_download_is_a_file_named_as_uploaded_and_never_shown_as_a_page(
    settings: Settings,
) -> None:
    with running_api(settings) as api:
        page = b"<html><script>alert(document.cookie)</script></html>"
        name = 'Albarán nº 7 "final";%.html'
        sha256 = upload(api, page, name=name).json()["sha256"]

        got = download(api, sha256)

        assert (got.status_code, got.content) == (200, page)
        assert got.headers["content-type"] == "application/octet-stream"
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["content-disposition"] == (
            'attachment; filename="Albar_n n_ 7 _final_;_.html"; '
            "filename*=UTF-8''Albar%C3%A1n%20n%C2%BA%207%20%22final%22%3B%25.html"
        )
        unnamed = upload(api, b"plain bytes").json()["sha256"]
        disposition = download(api, unnamed).headers["content-disposition"]
        assert disposition == f"attachment; filename=\"{unnamed}\"; filename*=UTF-8''{unnamed}"


def test_a_file_name_with_a_folder_or_a_line_break_is_refused(settings: Settings) -> None:
    with running_api(settings) as api:
        for name in ("../../etc/passwd", "a\r\nSet-Cookie: x=1", "x" * 256, "dir\\file"):
            refused = upload(api, b"bytes", name=name)
            assert refused.status_code == 422, name
            assert [error["field"] for error in refused.json()["errors"]] == ["name"]
        assert download(api, hashlib.sha256(b"bytes").hexdigest()).status_code == 404


def test_every_answer_of_the_app_says_nosniff(settings: Settings) -> None:
    with running_api(settings) as api:
        answers = [
            api.client.get("/health"),
            api.client.get("/openapi.json"),
            api.client.get("/nowhere"),
            api.post("/v1/customers", {"kind": "customer", "name": "Talleres Pérez"}),
            api.post("/v1/customers", {"kind": "nobody"}),
            api.client.post(
                "/graphql", json={"query": "{ __typename }"}, headers=as_user_token(api)
            ),
        ]
        for answer in answers:
            assert answer.headers["x-content-type-options"] == "nosniff", answer.request.url


def as_user_token(api: CommandApi) -> dict[str, str]:
    return {"Authorization": f"Bearer {api.token}"}
