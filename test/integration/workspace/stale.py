def first(a):
    return a


def second(b, c=1):
    return b + c
