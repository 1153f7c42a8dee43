"""Every module keeps the dependency rules of DESIGN.md §2, and no test module imports another one.

The rules are data in tests/fixtures/dependency_rules.py; the checker is tried on a tiny fake tree
with planted violations first, so a checker that cannot fail would be noticed.
"""

from importlib import import_module
from pathlib import Path
from types import ModuleType

from eventsourcing.domain import CanMutateAggregate

from tests.fixtures.dependency_rules import (
    SOURCE_FOLDERS,
    broken_imports,
    imports_of,
    imports_of_test_modules,
    module_name,
)

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"


def plant(root: Path, files: dict[str, str]) -> Path:
    for folder in SOURCE_FOLDERS:
        (root / folder).mkdir()
    for path, source in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(source)
    return root


def test_the_checker_finds_every_planted_violation_with_its_file_and_line(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "domain/incident.py": "import uuid\nfrom eventsourcing.domain import event\n",
            "domain/sneaky.py": "import json\nimport fastapi\nfrom cronica.commands import x\n",
            "projections/board/rows.py": "from cronica.domain import a\n\n"
            "def late() -> None:\n    from cronica.commands.http import b\n",
            "projections/board/__init__.py": "from . import rows\nfrom .. import runner\n",
            "graphql/paging.py": "from graphql import GraphQLError\n",
            "graphql/queries/tasks.py": "from cronica.ops import wiring\nimport domain\n"
            "from graphql.paging import page\nfrom cronica.projections import p\n",
            "bus/relay.py": "from cronica.projections import runner\n",
            "commands/service.py": "from ..projections import board\n",
            "ops/wiring.py": "from cronica.commands import a\nfrom cronica.graphql import b\n",
        },
    )

    assert broken_imports(root) == [
        "domain/sneaky.py:2: domain/ must not import third-party `fastapi` "
        "(only eventsourcing.domain)",
        "domain/sneaky.py:3: domain/ must not import cronica.commands (`cronica.commands`)",
        "commands/service.py:1: commands/ must not import cronica.projections "
        "(`cronica.projections`)",
        "projections/board/rows.py:4: projections/ must not import cronica.commands "
        "(`cronica.commands.http`)",
        "graphql/queries/tasks.py:1: graphql/ must not import cronica.ops (`cronica.ops`)",
        "graphql/queries/tasks.py:2: graphql/ imports `domain` by its bare folder name; "
        "write `cronica.`",
        "graphql/queries/tasks.py:3: graphql/ imports `graphql.paging` by its bare folder name; "
        "write `cronica.`",
        "bus/relay.py:1: bus/ must not import cronica.projections (`cronica.projections`)",
    ]


def test_relative_imports_are_read_as_the_absolute_modules_they_name(tmp_path: Path) -> None:
    package = plant(tmp_path, {"projections/board/__init__.py": "from .. import runner\n"})
    init = package / "projections/board/__init__.py"

    [imported] = imports_of(init, module_name(package, init))

    assert (imported.module, imported.names) == ("cronica.projections", ("runner",))


def test_every_module_of_the_source_folders_keeps_the_dependency_rules() -> None:
    assert broken_imports(REPO) == []


def test_graphql_takes_enums_and_values_from_the_domain_never_an_aggregate_or_a_module() -> None:
    """An aggregate carries behaviour; a whole module would hand over its aggregates too."""
    taken = []
    for file in sorted((REPO / "graphql").rglob("*.py")):
        for imported in imports_of(file, module_name(REPO, file)):
            if imported.module.split(".")[:2] != ["cronica", "domain"]:
                continue
            module = import_module(imported.module)
            for name in imported.names or ("",):
                value = getattr(module, name, None) if name else module
                if value is None:
                    value = import_module(f"{imported.module}.{name}")
                if isinstance(value, ModuleType) or (
                    isinstance(value, type) and issubclass(value, CanMutateAggregate)
                ):
                    taken.append(f"{file.relative_to(REPO)}:{imported.line}: {name or module}")
    assert taken == []


def test_the_checker_finds_a_test_module_imported_by_another(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    for path, source in {
        "fixtures/office.py": "",
        "unit/test_a.py": "from tests.fixtures.office import Office\n",
        "unit/test_b.py": "import json\n\nfrom tests.unit.test_a import helper\n",
        "e2e/test_c.py": "from tests.e2e import calls\nfrom . import test_d\n",
    }.items():
        (tests / path).parent.mkdir(parents=True, exist_ok=True)
        (tests / path).write_text(source)

    assert imports_of_test_modules(tests) == [
        "tests/e2e/test_c.py:1: imports tests.e2e calls",
        "tests/e2e/test_c.py:2: imports tests.e2e test_d",
        "tests/unit/test_b.py:3: imports tests.unit.test_a helper",
    ]


def test_no_module_under_tests_outside_fixtures_is_imported_by_another() -> None:
    assert imports_of_test_modules(TESTS) == []
