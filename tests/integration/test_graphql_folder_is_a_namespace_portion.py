"""graphql/ has no __init__.py: from a process started in the repo root (where the folder is on
sys.path), `import graphql` must still be graphql-core, so that strawberry imports, while our code
stays reachable as `cronica.graphql` (DESIGN.md §1)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, graphql, strawberry, cronica.graphql
print(json.dumps({
    "graphql": graphql.__file__,
    "cronica_graphql": list(cronica.graphql.__path__),
}))
"""


def test_the_graphql_folder_has_no_init_file() -> None:
    assert (REPO_ROOT / "graphql").is_dir()
    assert not (REPO_ROOT / "graphql" / "__init__.py").exists()
    assert not (REPO_ROOT / "graphql" / "types" / "__init__.py").exists()


def test_graphql_core_strawberry_and_cronica_graphql_import_from_the_repo_root() -> None:
    # `python -c` puts the current directory first on sys.path, the case that would break.
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert "site-packages" in Path(found["graphql"]).parts
    assert Path(found["graphql"]).parent.name == "graphql"
    assert str(REPO_ROOT / "graphql") in found["cronica_graphql"]
