"""The GraphQL side of tasks: the Task type, its filter and order inputs, the task lists and work
queues."""
