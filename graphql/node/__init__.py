"""Global Object Identification: the Node interface of every record type, and `node(id)`."""
