def generated(a):
    return a
