"""The order search read model: repair orders and incidents found by their fields and by free
text (`projection` keeps the index, `queries` searches it, `search_text` folds and parses text)."""
