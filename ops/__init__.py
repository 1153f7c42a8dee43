"""Operations: settings, the app factory, the CLI, and the wiring of processes (the composition root)."""
