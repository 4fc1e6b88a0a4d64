# await on objects whose class defines __await__: the iterator it returns is driven as yield
# from would, a bare yield gives the loop a turn, yield from a future waits for it.
import asyncio

class Ticks:
    """Gives the loop n turns, then returns n."""
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield
        return self.n

class Delegate:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return (yield from self.coro.__await__())

class ClassIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("from class")
        return None

class ByIterator:
    def __await__(self):
        return ClassIter()

class OnFuture:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        return (yield from self.fut) * 2

class BareFuture:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        yield self.fut

class Bad:
    def __await__(self):
        try:
            yield 5
        except RuntimeError as e:
            print("thrown in:", e)
        return "recovered"

class Raises:
    def __await__(self):
        yield
        raise KeyError("inside")

class Stops:
    def __await__(self):
        raise StopIteration(3)
        yield

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def work(x):
    await asyncio.sleep(0.01)
    return x + 1

async def main():
    t = asyncio.create_task(ticker("other", 3))
    print("ticks", await Ticks(2))
    await t
    print("delegate", await Delegate(work(1)))
    print("iterator", await ByIterator())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 21)
    print("future", await OnFuture(fut))
    try:
        await BareFuture(asyncio.get_running_loop().create_future())
    except RuntimeError as e:
        print(str(e).split(" in task")[0])
    task = asyncio.create_task(work(10))
    print("yield from task", await OnFuture(task))
    print("done future", await OnFuture(fut))
    print("bad", await Bad())
    try:
        await Raises()
    except KeyError as e:
        print("raised", e)
    try:
        await Stops()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print("gathered", await asyncio.gather(Delegate(work(5)), work(7)))

    async def waits_forever():
        try:
            await Ticks(10 ** 9)
        except asyncio.CancelledError:
            print("cancelled inside __await__")
            raise
    w = asyncio.create_task(waits_forever())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("task cancelled", w.cancelled())

asyncio.run(main())
