"""The web app's component tests (Vitest with Testing Library), run by `make test`."""

import pytest

from tests.fixtures.web_tools import npx, require_built_web_app


@pytest.mark.long
def test_the_web_apps_component_tests_pass() -> None:
    require_built_web_app()
    print(npx("vitest", "run"))
