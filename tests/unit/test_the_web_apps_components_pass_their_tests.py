"""The web app's component tests (Vitest with Testing Library), run by `make test`."""

from tests.fixtures.web_tools import npx, require_built_web_app


def test_the_web_apps_component_tests_pass() -> None:
    require_built_web_app()
    print(npx("vitest", "run"))
