# virtual-time: yes
# (CPython runs it in real time: the delays are far enough apart to keep the order.)
# asyncio.TaskGroup (3.11): waits for its tasks; the first failure cancels the siblings and
# the parent's block; the failures leave as one ExceptionGroup; except* takes them apart.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "done")
    return name


async def all_fine():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.1), name="bee")
        print(repr(tg), b.get_name())
    print(repr(tg), a.result(), b.result())


async def one_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 0.5))
            tg.create_task(job("bad", 0.1, fail=True))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("caught:", repr(eg), str(eg))


async def two_fail():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.1, fail=True))
            tg.create_task(job("y", 0.1, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])


async def body_raises():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("sibling", 0.5))
            await asyncio.sleep(0)
            raise KeyError("in the block")
    except* KeyError as eg:
        print("block error in group:", repr(eg.exceptions))


async def misuse():
    tg = asyncio.TaskGroup()
    coro = job("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = job("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


async def parent_cancelled():
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1))
            await asyncio.sleep(1)

    t = asyncio.create_task(inner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled; cancelling():", t.cancelling())


async def main():
    for f in (all_fine, one_fails, two_fail, body_raises, misuse, parent_cancelled):
        print("--", f.__name__)
        await f()


asyncio.run(main())
