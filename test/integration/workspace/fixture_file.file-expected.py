"""Fixture for the "Generate Docstrings for File" command."""


def parse_pair(text, sep=","):
    """_summary_

    Args:
        text: _description_
        sep (str, optional): _description_. Defaults to ",".

    Returns:
        _description_
    """
    left, right = text.split(sep, 1)
    return left.strip(), right.strip()


def mean(values):
    """_summary_

    Args:
        values: _description_

    Returns:
        _description_

    Raises:
        ValueError: _description_
    """
    if not values:
        raise ValueError("values must not be empty")
    return sum(values) / len(values)


class Stack:
    """_summary_"""

    def __init__(self):
        """_summary_"""
        self._items = []

    def push(self, item):
        """_summary_

        Args:
            item: _description_
        """
        self._items.append(item)

    def pop(self):
        """_summary_

        Returns:
            _description_
        """
        return self._items.pop()


async def fetch_all(client, urls):
    """_summary_

    Args:
        client: _description_
        urls: _description_

    Returns:
        _description_
    """
    return [await client.get(url) for url in urls]
