"""Any record as it was at a moment, read from the event store rather than a read model: its
history (its events up to then) and its state rebuilt from them."""
