"""Events a projection could not apply, set aside with their error so that the projection (and
every other) goes on; listed to admins and operators, and applied again by `cronica set-aside
retry` once the projection's code is fixed."""
