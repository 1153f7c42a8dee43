"""`cronica rebuild --list` answers at once (under half a second asked): it imports neither the
application, nor a read model's projection, nor the database driver. Checked by the modules a
fresh interpreter has loaded after it, not by a timing a busy machine would make flaky."""

from __future__ import annotations

import json
import subprocess
import sys

from cronica.ops.read_models import READ_MODELS

LIST_THEN_SHOW_MODULES = """
import json, sys
from cronica.ops.cli import main
main(["rebuild", "--list"])
print(json.dumps(sorted(sys.modules)))
"""


def test_rebuild_list_names_every_read_model_without_importing_heavy_modules() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", LIST_THEN_SHOW_MODULES], capture_output=True, text=True, check=True
    ).stdout.splitlines()

    names, modules = shown[:-1], json.loads(shown[-1])
    assert names == list(READ_MODELS)
    heavy = ("cronica.commands.application", "cronica.projections.", "psycopg")
    assert [module for module in modules if module.startswith(heavy)] == []
