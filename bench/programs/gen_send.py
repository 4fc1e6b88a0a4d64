# The tutorials' producer/consumer send loop (S2): 2M sends.
import sys
import time


def consumer():
    r = 0
    while True:
        n = yield r
        if n is None:
            return
        r = n * 2


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        c = consumer()
        c.send(None)
        total = 0
        n = 0
        while n < 2_000_000:
            n += 1
            total += c.send(n)
        c.close()
        print("time", time.perf_counter() - t0)
    print("result", total)


main()
