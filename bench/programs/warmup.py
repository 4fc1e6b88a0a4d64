# Exercises the common paths once, so the class-data archive holds what scripts load.
import sys, time


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def gen(n):
    for i in range(n):
        yield i * 2


def main():
    data = {"a": [1, 2.5, "s"], "b": (None, True)}
    total = sum(x for x in gen(10) if x % 3)
    words = sorted("the quick brown fox".split(), key=len)
    try:
        {}["missing"]
    except KeyError as e:
        msg = repr(e)
    text = "%s %d %.2f" % ("x", 1, 2.0) + "{:>5}".format(total) + f"{total!r:<4}"
    return [Point(1, 2), data, total, words, msg, text, time.perf_counter() > 0, sys.argv]


if __name__ == "__main__":
    main()
