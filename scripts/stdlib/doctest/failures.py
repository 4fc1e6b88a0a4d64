# Failing examples, reported as CPython's doctest reports them.
import doctest


def arithmetic():
    """
    >>> 1 + 1
    3
    >>> print("x")
    >>> print("")
    nothing
    >>> print("multi\\nline")
    multi
    lines
    >>> {'b': 1}
    {'a': 1}
    >>> raise TypeError("detail A")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: detail B
    >>> 1/0  # doctest: +SKIP
    oops
    >>> True
    1
    >>> False  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    0
    >>> print('é and ü')
    é and ü
    >>> print("  \\n")
    <BLANKLINE>
    <BLANKLINE>
    """


def continuation():
    """
    >>> value = [1,
    ...          2]
    >>> value
    [1, 2]
    >>> 'ok'
    'not ok'
    """


if __name__ == "__main__":
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST, report=False))
    print(doctest.master.summarize(verbose=False))
    print(doctest.master.summarize(verbose=True))
