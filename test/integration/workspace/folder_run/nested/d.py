def lookup(table, key, default=None):
    return table.get(key, default)
