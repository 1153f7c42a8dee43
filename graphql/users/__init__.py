"""The GraphQL side of users: the User type (and its Company) and the calling user (`me`)."""
