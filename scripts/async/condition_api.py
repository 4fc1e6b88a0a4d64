# asyncio.Condition: locked(), notify(n), notify_all(), waits that end by a timeout or a
# cancellation take the lock back first, and a Condition over an asyncio.Lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    print(cond.locked())
    async with cond:
        print(cond.locked())
        try:
            async with asyncio.timeout(0.05):
                await cond.wait_for(lambda: False)
        except TimeoutError:
            print("wait_for timed out; lock held again:", cond.locked())
    print(cond.locked())
    state = []
    async def waiter(i):
        async with cond:
            await cond.wait()
            state.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(state)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(state)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    # cancelled while waiting: the lock is held again when CancelledError arrives
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled, holding lock:", cond.locked())
                raise
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled", cond.locked())
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked())
    print(lock.locked())
    items = []
    async def consume():
        async with c2:
            v = await c2.wait_for(lambda: items)
            print("consumed", v)
    async def produce():
        await asyncio.sleep(0.01)
        async with c2:
            items.append(1)
            c2.notify()
    await asyncio.gather(consume(), produce())

asyncio.run(main())
