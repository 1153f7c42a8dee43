"""Operations: settings, app factory, CLI, and the wiring of processes (the composition root)."""
