"""The notice board read model: each user's alerts and which of them he has read."""
