"""The GraphQL side of timesheets: an employee's and a team's, with their lines' filter and order
inputs."""
