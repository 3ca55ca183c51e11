"""Fixture for the "Generate Docstrings for File" command."""


def parse_pair(text, sep=","):
    left, right = text.split(sep, 1)
    return left.strip(), right.strip()


def mean(values):
    if not values:
        raise ValueError("values must not be empty")
    return sum(values) / len(values)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        return self._items.pop()


async def fetch_all(client, urls):
    return [await client.get(url) for url in urls]
