# virtual-time: yes
# (CPython runs it in real time: the delays are far enough apart to keep the order.)
# asyncio.Queue, PriorityQueue and LifoQueue: waiting get/put, nowait forms, task_done/join,
# reprs and str.
import asyncio


async def producer(q, items):
    for i in items:
        await q.put(i)
        print("put", i, str(q))


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0.1)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    workers = [asyncio.create_task(consumer(q, f"w{i}")) for i in range(2)]
    await producer(q, range(5))
    await q.join()
    print("joined", str(q))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__module__)
    full = asyncio.Queue(1)
    full.put_nowait("a")
    try:
        full.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    getter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    getter.cancel()
    print(str(full))
    waiting = asyncio.Queue()
    gs = [asyncio.create_task(waiting.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(waiting))
    waiting.put_nowait(1)
    waiting.put_nowait(2)
    print(await asyncio.gather(*gs))
    try:
        waiting.task_done()
        waiting.task_done()
        waiting.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print(str(pq), [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print(str(lq), [await lq.get() for _ in range(3)])
    print(asyncio.Queue[int])


asyncio.run(main())
