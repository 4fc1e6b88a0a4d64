# virtual-time: yes
# to_thread(), run_in_executor() and run_coroutine_threadsafe(): work done apart from the
# calling task, its result or exception awaited.
import asyncio


def blocking(x, *, scale=1):
    return x * scale


def broken():
    raise KeyError("apart")


async def coro(x):
    await asyncio.sleep(0.01)
    return x + 1


async def main():
    print(await asyncio.to_thread(blocking, 21, scale=2))
    try:
        await asyncio.to_thread(broken)
    except KeyError as e:
        print("KeyError:", e)
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 5)
    print(asyncio.isfuture(fut), await fut)
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3)))
    print(results)
    cf = asyncio.run_coroutine_threadsafe(coro(1), loop)
    await asyncio.sleep(0.2)
    print(cf.done(), cf.result())
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
