"""The read side: projections that turn events into rows, their runner, and their query functions."""
