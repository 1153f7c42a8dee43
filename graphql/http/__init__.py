"""The read side's HTTP routes beside GraphQL: every list as a file (exports), a user's agenda as
a calendar feed, and the plain JSON reads the read-API benchmark compares GraphQL with. They read
through the `ReadApi` ops hands in, as GraphQL does, and never import the write side."""
