"""The GraphQL side of catalogues: the CatalogueEntry type, its inputs and the query."""
