"""The task list read model: tasks, priority task types and customers' latest activity."""
