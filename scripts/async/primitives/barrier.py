# virtual-time: yes
# (CPython runs it in real time: the delays are far enough apart to keep the order.)
# asyncio.Barrier (3.11): parties wait for each other; abort and reset break the waiters.
import asyncio


def state(obj):
    return repr(obj).split("[", 1)[1][:-2]


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives", state(barrier))
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index


async def main():
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    indexes = await asyncio.gather(*(party(barrier, n, d) for n, d in
                                     [("a", 0.3), ("b", 0.1), ("c", 0.2)]))
    print(sorted(indexes), state(barrier))
    async with asyncio.Barrier(1) as index:
        print("async with gives", index)

    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(state(b2))
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, state(b2), b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await b2.reset()
    print(state(b2))
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.BrokenBarrierError.__mro__)


asyncio.run(main())
