def crlf(a, b):
    return a + b


class K:
    def m(self):
        return 1
