# Two greenlets handing control back and forth with switch(): greenlet switches per second.
# The same program runs under Weft and under a CPython with the real greenlet module.
import sys
import time
from greenlet import greenlet

ROUNDS = 500_000


def pong():
    while True:
        pinger.switch()


def ping(rounds):
    for _ in range(rounds):
        ponger.switch()


def main():
    global pinger, ponger
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        ponger = greenlet(pong)
        pinger = greenlet(ping)
        t0 = time.perf_counter()
        pinger.switch(ROUNDS)
        elapsed = time.perf_counter() - t0
        print("time", elapsed)
        print("switches/s", round(2 * ROUNDS / elapsed))


main()
