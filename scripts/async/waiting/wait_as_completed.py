# virtual-time: yes
# wait() with every return_when and a timeout; as_completed() in finishing order and with a
# timeout; their argument checks. (CPython runs this in real time: the delays are far apart.)
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    def start():
        return [asyncio.create_task(job(n, d, f), name=n)
                for n, d, f in [("a", 0.3, False), ("b", 0.1, False), ("c", 0.2, True)]]

    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        ts = start()
        done, pending = await asyncio.wait(ts, return_when=when)
        print(when, type(done).__name__, names(done), names(pending))
        await asyncio.wait(ts)
        for t in ts:
            if not t.cancelled() and t.exception():
                pass
    ts = start()
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print("timeout", names(done), names(pending))
    await asyncio.wait(pending)
    ts[2].exception()
    for bad in (ts[0], job("coro", 0), []):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
        if asyncio.iscoroutine(bad):
            bad.close()
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

    order = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.3), ("y", 0.1), ("z", 0.2)]]
    for next_done in asyncio.as_completed(order):
        print("as_completed:", await next_done)
    slow = [asyncio.create_task(job(n, d)) for n, d in [("quick", 0.1), ("slow", 10)]]
    try:
        for next_done in asyncio.as_completed(slow, timeout=0.5):
            print("as_completed:", await next_done)
    except TimeoutError:
        print("as_completed timed out")
    try:
        asyncio.as_completed(slow[0])
    except TypeError as e:
        print("TypeError:", e)
    slow[1].cancel()


asyncio.run(main())
