# virtual-time: yes
# (CPython runs it in real time: the delays are far enough apart to keep the order.)
# asyncio.Condition (notify, notify_all, wait_for) and Semaphore/BoundedSemaphore.
import asyncio


def state(obj):
    return repr(obj).split("[", 1)[1][:-2]


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*cs)
    for bad in (cond.notify, cond.notify_all):
        try:
            bad()
        except RuntimeError as e:
            print("RuntimeError:", e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with shared:
        print("shared lock:", c2.locked())

    sem = asyncio.Semaphore(2)
    print(state(sem))
    order = []

    async def limited(n):
        async with sem:
            order.append(f"+{n}")
            await asyncio.sleep(0.1 * (n + 1))
            order.append(f"-{n}")

    ts = [asyncio.create_task(limited(n)) for n in range(4)]
    await asyncio.sleep(0)
    print(state(sem))
    await asyncio.gather(*ts)
    print(order, state(sem))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    for bad in (-1, -5):
        try:
            asyncio.Semaphore(bad)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
