# 1,000 asyncio tasks each yielding 2,000 times with await asyncio.sleep(0).
import asyncio
import sys
import time

TASKS = 1000
YIELDS = 2000


async def worker():
    for _ in range(YIELDS):
        await asyncio.sleep(0)


async def run():
    await asyncio.gather(*(worker() for _ in range(TASKS)))


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        asyncio.run(run())
        elapsed = time.perf_counter() - t0
        print("time", elapsed)
        print("switches/s", round(TASKS * YIELDS / elapsed))


main()
