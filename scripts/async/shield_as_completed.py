# shield() keeps the inner task running when the waiter gives up; as_completed() hands
# results over in the order they finish.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    inner = asyncio.ensure_future(work("shielded", 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except asyncio.TimeoutError:
        print("waiter timed out; inner done?", inner.done())
    print(await inner, inner.cancelled())
    outer = asyncio.shield(work("again", 0.1))
    outer.cancel()
    print("outer cancelled:", outer.cancelled())
    for next_done in asyncio.as_completed([work("slow", 0.3), work("fast", 0.1), work("mid", 0.2)]):
        print(await next_done)
    try:
        for next_done in asyncio.as_completed([work("never", 5)], timeout=0.05):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        asyncio.as_completed(inner)
    except TypeError as e:
        print(e)


asyncio.run(main())
