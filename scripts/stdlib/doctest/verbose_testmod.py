"""
Binary search, in the style of an algorithms collection.
"""
from __future__ import annotations

import functools
from math import sqrt


def binary_search(sorted_collection: list[int], item: int) -> int | None:
    """Pure implementation of binary search algorithm in Python

    :param sorted_collection: some ascending sorted collection with comparable items
    :param item: item value to search
    :return: index of found item or None if item is not found

    Examples:
    >>> binary_search([0, 5, 7, 10, 15], 0)
    0
    >>> binary_search([0, 5, 7, 10, 15], 15)
    4
    >>> binary_search([0, 5, 7, 10, 15], 6)

    >>> binary_search([5, 1], 1)
    Traceback (most recent call last):
        ...
    ValueError: sorted_collection must be sorted in ascending order
    """
    if list(sorted_collection) != sorted(sorted_collection):
        raise ValueError("sorted_collection must be sorted in ascending order")
    left, right = 0, len(sorted_collection) - 1
    while left <= right:
        midpoint = left + (right - left) // 2
        current_item = sorted_collection[midpoint]
        if current_item == item:
            return midpoint
        elif item < current_item:
            right = midpoint - 1
        else:
            left = midpoint + 1
    return None


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@traced
def square(x):
    """
    >>> square(4)
    16
    >>> square(-1.5)
    2.25
    """
    return x * x


class Matrix:
    """
    >>> m = Matrix([[1, 2], [3, 4]])
    >>> m
    Matrix([[1, 2], [3, 4]])
    >>> print(m)
    1 2
    3 4
    """

    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        return "\n".join(" ".join(map(str, r)) for r in self.rows)

    @classmethod
    def identity(cls, n):
        """
        >>> Matrix.identity(2)
        Matrix([[1, 0], [0, 1]])
        """
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    class Row:
        """
        >>> Matrix.Row().width
        0
        """
        width = 0


__test__ = {
    "extra": """
    >>> binary_search([1, 2, 3], 3)
    2
    """,
}

lam = lambda: None

if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
    doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="sq")
    print(doctest.testmod(extraglobs={"x": 1}, name="renamed"))
    finder = doctest.DocTestFinder()
    tests = finder.find(binary_search)
    print(tests, [len(t.examples) for t in tests], tests[0].examples[0].source, tests[0].lineno)
    p = doctest.DocTestParser()
    for piece in p.parse(">>> 1\n1\ntext\n  >>> a = 1\n  ... b = 2\n"):
        print(repr(piece) if isinstance(piece, str) else (piece.source, piece.want, piece.lineno, piece.indent))
    print(doctest.script_from_examples("Text\n>>> x = 1\n>>> x\n1\nmore"))
    for bad in (">>>x", "  >>> a\n b", ">>> f()\n...x", ">>> 1  # doctest: +BOGUS"):
        try:
            p.get_examples(bad, "bad")
        except ValueError as e:
            print("ValueError", e)
    print(doctest.ELLIPSIS, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.register_optionflag("MINE"))
