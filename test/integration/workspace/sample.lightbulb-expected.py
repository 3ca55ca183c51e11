"""Sample module for Docwright's integration tests (lightbulb)."""

import math


def add(a, b):
    """_summary_

    Args:
        a: _description_
        b: _description_

    Returns:
        _description_
    """
    return a + b


def greet(name, punctuation="!"):
    """Return a greeting for ``name``.

    Args:
        name: Who to greet.
        punctuation: Appended to the greeting.

    Returns:
        The greeting text.
    """
    return "Hello, " + name + punctuation


class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def scale(self, factor=2.0):
        if factor <= 0:
            raise ValueError("factor must be positive")
        return Circle(self.radius * factor)
