"""Lists every package of the top-level folders for setuptools (`cronica.<folder>[.sub...]`, see
`[tool.setuptools.package-dir]` in pyproject.toml), so that a new subpackage needs no entry."""

from pathlib import Path

from setuptools import setup

FOLDERS = ("domain", "commands", "projections", "graphql", "bus", "ops")


def packages() -> list[str]:
    """Every folder holding Python modules (graphql/ has no __init__.py: DESIGN.md §1)."""
    folders = {module.parent for folder in FOLDERS for module in Path(folder).rglob("*.py")}
    return sorted("cronica." + ".".join(path.parts) for path in folders)


setup(packages=packages())
