def one(a):
    return a


def two(a, b):
    return a + b


def three(a, b, c):
    return a + b + c


def four(items):
    return list(items)


def five(text):
    return text.upper()


def six(flag=False):
    return not flag
