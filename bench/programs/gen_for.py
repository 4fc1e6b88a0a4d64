# A generator consumed by a for loop: 5M yields.
import sys
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        total = 0
        for x in numbers(5_000_000):
            total += x
        print("time", time.perf_counter() - t0)
    print("result", total)


main()
