"""An algorithms file in the common shape: doctests everywhere, testmod() at the end.

>>> gcd(12, 18)
6
"""


def gcd(a: int, b: int) -> int:
    """Greatest common divisor by Euclid's algorithm.

    >>> gcd(0, 5)
    5
    >>> gcd(7, 7)
    7
    >>> [gcd(n, 12) for n in range(1, 7)]
    [1, 2, 3, 4, 1, 6]
    """
    while b:
        a, b = b, a % b
    return abs(a)


def primes(limit):
    """Sieve of Eratosthenes.

    >>> primes(20)
    [2, 3, 5, 7, 11, 13, 17, 19]
    >>> primes(1)
    []
    >>> primes(-3)
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: limit must be non-negative
    >>> len(primes(10_000))
    1229
    """
    if limit < 0:
        raise ValueError("limit must be non-negative")
    sieve = [True] * (limit + 1)
    found = []
    for n in range(2, limit + 1):
        if sieve[n]:
            found.append(n)
            for m in range(n * n, limit + 1, n):
                sieve[m] = False
    return found


class Fraction:
    """
    >>> Fraction(1, 2) + Fraction(1, 3)
    Fraction(5, 6)
    >>> print(Fraction(2, 4))
    1/2
    >>> Fraction(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: denominator is zero
    """

    def __init__(self, num, den):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    def __add__(self, other):
        """
        >>> (Fraction(1, 4) + Fraction(1, 4)).den
        2
        """
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}"


if __name__ == "__main__":
    from doctest import testmod

    print(testmod())
    print(testmod(name="again", optionflags=0))
