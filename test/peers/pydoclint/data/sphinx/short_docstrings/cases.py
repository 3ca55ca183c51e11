def func1(arg1, arg2, arg3) -> int:
    """One line docstring"""
    return 1


def func2(arg1, arg2, arg3) -> int:
    """
    Multi-line docstring.

    This function does something.
    """
    return 2


def func3(arg1, arg2, arg3) -> int:
    """
    This is a function.

    :param var1: Var 1
    :type var1: int
    :param var2: Var 2
    :type var2: str
    :return: The return value
    :rtype: int
    """
    return 3
