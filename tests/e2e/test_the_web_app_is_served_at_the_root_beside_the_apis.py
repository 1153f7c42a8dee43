"""`cronica serve` serves the web app's build at / and answers its index for any screen's path
(a deep link reloads), while the APIs keep their own answers: an unknown API path is their 404,
a method a route lacks their 405 with `Allow`, and a missing file of the build a 404."""

from pathlib import Path

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from tests.fixtures.databases import sqlite_settings

INDEX = "<!doctype html><title>Cronica</title><div id=root></div>"


def test_screens_answer_the_app_and_api_paths_answer_the_apis(tmp_path: Path) -> None:
    build = tmp_path / "dist"
    (build / "assets").mkdir(parents=True)
    (build / "index.html").write_text(INDEX)
    (build / "assets" / "app-1234.js").write_text("console.log(1)")
    settings = sqlite_settings(tmp_path).model_copy(update={"web_dir": build})
    with TestClient(create_app(settings)) as client:
        for screen in ("/", "/incidents/8f0c", "/agenda?entry=1"):
            answer = client.get(screen)
            assert (answer.status_code, answer.text) == (200, INDEX), screen
        asset = client.get("/assets/app-1234.js")
        assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert client.get("/assets/gone.js").status_code == 404
        unknown = client.get("/v1/nothing")
        assert (unknown.status_code, unknown.headers["content-type"]) == (
            404,
            "application/problem+json",
        )
        options = client.options("/graphql")
        assert (options.status_code, options.headers["allow"]) == (405, "GET, POST")
        assert client.get("/health/live").status_code == 200


def test_without_a_build_the_root_says_how_to_get_the_app(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path).model_copy(update={"web_dir": tmp_path / "none"})
    with TestClient(create_app(settings)) as client:
        answer = client.get("/")
        assert answer.status_code == 200 and "Node.js" in answer.text
        assert client.get("/incidents/1").status_code == 404
