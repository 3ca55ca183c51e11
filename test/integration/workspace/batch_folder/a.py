def add(a, b):
    return a + b


def scale(value, factor=2):
    return value * factor
