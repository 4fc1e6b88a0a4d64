# Recursive Fibonacci: call-heavy. argv[1] = repetitions (in-process timing), default 1.
import sys
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fib(32)
        print("time", time.perf_counter() - t0)
    print("result", result)


main()
