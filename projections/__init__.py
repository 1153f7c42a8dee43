"""The read side: projections turning events into rows, their runner, their query functions."""
