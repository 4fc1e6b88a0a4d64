# virtual-time: yes
# gather() returns a future: awaitable, cancellable, with done callbacks; results in order,
# return_exceptions, duplicates, the first error, cancellation of the outer and of a child.
import asyncio


async def value(v, delay=0.01):
    await asyncio.sleep(delay)
    return v


async def fail(msg, delay=0.01):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    g = asyncio.gather(value(1, 0.03), value(2, 0.01), value(3, 0.02))
    print(type(g).__name__, asyncio.isfuture(g), g.done())
    g.add_done_callback(lambda f: print("gather done:", f.result()))
    print(await g)
    await asyncio.sleep(0)
    empty = asyncio.gather()
    print(empty.done(), await empty)
    t = asyncio.create_task(value("t"))
    print(await asyncio.gather(t, t, value("x")))
    print(await asyncio.gather(value(1), fail("boom"), return_exceptions=True))
    try:
        await asyncio.gather(value(1, 0.05), fail("first", 0.01), fail("second", 0.02))
    except ValueError as e:
        print("first error:", e)
    await asyncio.sleep(0.1)

    outer = asyncio.gather(value("slow", 1), value("slower", 2))
    await asyncio.sleep(0)
    print("cancel outer:", outer.cancel("no more"), outer.cancel())
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled:", repr(e), outer.cancelled())

    child = asyncio.create_task(value("child", 1))
    g2 = asyncio.gather(child, value("other"), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel("child stop")
    print(await g2)
    child2 = asyncio.create_task(value("child", 1))
    g3 = asyncio.gather(child2, value("other"))
    await asyncio.sleep(0)
    child2.cancel()
    try:
        await g3
    except asyncio.CancelledError as e:
        print("a cancelled child cancels gather:", repr(e), g3.cancelled())
    done = asyncio.gather(value(1))
    await done
    print(done.cancel(), repr(done))


asyncio.run(main())
