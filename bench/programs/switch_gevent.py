# 1,000 gevent greenlets each yielding 200 times with gevent.sleep(0): switches per second.
# The same program runs under Weft and under a CPython with the real gevent module.
import sys
import time
import gevent

GREENLETS = 1000
YIELDS = 200


def worker():
    for _ in range(YIELDS):
        gevent.sleep(0)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        gevent.joinall([gevent.spawn(worker) for _ in range(GREENLETS)])
        elapsed = time.perf_counter() - t0
        print("time", elapsed)
        print("switches/s", round(GREENLETS * YIELDS / elapsed))


main()
