"""Connections to the inventory server."""


def connect(host, port, timeout=10):
    """Open a connection to the inventory server.

    The connection stays open until the caller closes it; nothing is
    retried behind the caller's back.

    Args:
        host: Name or address of the server, as the operator wrote it.
        retries: How many times to try again before giving up.
        port: TCP port the server listens on.

    Returns:
        An open connection.
    """
    return (host, port, timeout)


def lookup(table, key):
    """Find one row by its key.

    Args:
        table: The table to search.
        key: The primary key of the row.

    Returns:
        The row, or None when there is none.
    """
    return table.get(key)


def drain(queue):
    """Take every item out of a queue.

    Args:
        queue: The queue to empty; it is empty afterwards.
    """
    while queue:
        yield queue.pop()
