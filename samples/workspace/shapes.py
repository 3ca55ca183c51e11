"""A small geometry module with nothing documented yet: try Docwright on it."""

import math
from dataclasses import dataclass


def distance(x1, y1, x2, y2):
    return math.hypot(x2 - x1, y2 - y1)


def parse_point(text, sep=","):
    parts = text.split(sep)
    if len(parts) != 2:
        raise ValueError(f"expected two numbers, got {text!r}")
    return float(parts[0]), float(parts[1])


def centroid(points):
    """Return the average point of ``points``.

    Args:
        points: A non-empty list of ``(x, y)`` tuples.

    Returns:
        The ``(x, y)`` centroid.
    """
    xs, ys = zip(*points)
    return sum(xs) / len(xs), sum(ys) / len(ys)


@dataclass
class Rectangle:
    width: float
    height: float

    def area(self):
        return self.width * self.height

    def scaled(self, factor=2.0):
        if factor <= 0:
            raise ValueError("factor must be positive")
        return Rectangle(self.width * factor, self.height * factor)


class Polygon:
    def __init__(self, points):
        self.points = list(points)

    def perimeter(self):
        total = 0.0
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:] + self.points[:1]):
            total += distance(x1, y1, x2, y2)
        return total

    async def save(self, store, name=None):
        await store.put(name or "polygon", self.points)
