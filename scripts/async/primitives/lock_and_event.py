# virtual-time: yes
# asyncio.Lock and asyncio.Event: first come, first served; cancelled waiters give up their
# turn; reprs show the state and the waiters; CPython's messages.
import asyncio


def state(obj):
    return repr(obj).split("[", 1)[1][:-2]


async def worker(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(lock))
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("async with binds", value, lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()

    ev = asyncio.Event()
    print(state(ev), ev.is_set())

    async def waiter(n):
        print("waiter", n, "got", await ev.wait())

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    ev.set()
    await asyncio.gather(*ws)
    print(state(ev), await ev.wait())
    ev.clear()
    print(state(ev))
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), state(ev))


asyncio.run(main())
