"""The agent activity read model: one work item per record someone is responsible for, and the
figures per agent and period read from them."""
