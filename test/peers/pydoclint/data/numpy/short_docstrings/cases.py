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

    Parameters
    ----------
    var1 : int
        Var 1
    var2 : str
        Var 2

    Returns
    -------
    int
        Return value
    """
    return 3
