"""A route's guards (its headers and its access rule) are collected as the request comes and
run where the command's call is made (guards.py). A route that declares guards must therefore
make that call, or they would never run: an upload once skipped its header checks that way."""

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from cronica.commands.http import routes
from cronica.commands.http.guards import command_asked, command_call
from cronica.ops.app import create_app


def _dependencies(dependant: Dependant) -> set[object]:
    found: set[object] = set()
    for dependency in dependant.dependencies:
        found.add(dependency.call)
        found |= _dependencies(dependency)
    return found


def test_every_route_that_collects_guards_makes_the_call_that_runs_them() -> None:
    unguarded = []
    for route in create_app().routes:
        if not isinstance(route, APIRoute):
            continue
        calls = _dependencies(route.dependant)
        # A declared command's endpoint (routes.py) makes the call itself.
        declared = route.endpoint.__module__ == routes.__name__
        if command_asked in calls and command_call not in calls and not declared:
            unguarded.append(f"{sorted(route.methods)} {route.path}")
    assert unguarded == []
