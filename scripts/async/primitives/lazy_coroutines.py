# virtual-time: yes
# The primitives' waiting methods return coroutines that do nothing until awaited, so
# wait_for() can time them out; the waits they leave behind are cleaned up.
import asyncio


async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    q = asyncio.Queue(maxsize=1)
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    made = [ev.wait(), lock.acquire(), q.get(), q.put(1), q.join(), sem.acquire()]
    print([type(c).__name__ for c in made])
    print("nothing ran:", lock.locked(), q.qsize(), repr(ev)[-9:])
    for c in made:
        c.close()
    await lock.acquire()
    for name, aw in [("event", ev.wait()), ("lock", lock.acquire()), ("get", q.get()),
                     ("semaphore", sem.acquire())]:
        try:
            await asyncio.wait_for(aw, 0.05)
        except TimeoutError as e:
            print(name, "timed out:", type(e).__name__, type(e.__cause__).__name__)
    print("waiters left:", repr(ev)[-9:], repr(lock)[-10:], q, repr(sem)[-10:])
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.05)
        except TimeoutError:
            print("condition timed out, lock held again:", cond.locked())
    await q.put("x")
    try:
        await asyncio.wait_for(q.put("y"), 0.05)
    except TimeoutError:
        print("put timed out:", q)
    q.task_done()
    await asyncio.wait_for(q.join(), 0.05)
    print("join finished after task_done")


asyncio.run(main())
