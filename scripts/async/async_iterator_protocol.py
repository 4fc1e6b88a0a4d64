# async for over classes with __aiter__/__anext__: iterates until StopAsyncIteration, whatever
# awaitable __anext__ returns (a coroutine, a future, an object with __await__).
import asyncio


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class FutureNext:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        f = asyncio.get_running_loop().create_future()
        self.i += 1
        if self.i > 2:
            f.set_exception(StopAsyncIteration())
        else:
            f.set_result(self.i * 10)
        return f


class Step:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        if self.v is None:
            raise StopAsyncIteration
        return self.v


class AwaitableNext:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.i += 1
        return Step(self.i if self.i < 3 else None)


class Failing(Counter):
    async def __anext__(self):
        if self.i == 1:
            raise KeyError("in __anext__")
        return await super().__anext__()


class NotAwaitable(Counter):
    def __anext__(self):
        return 1


async def main():
    async for x in Counter(3):
        print("counter", x)
    else:
        print("else after the last item")
    print([x async for x in Counter(4) if x % 2 == 0])
    async for x in FutureNext():
        print("future", x)
    async for x in AwaitableNext():
        print("awaitable", x)
    async for x in Counter(5):
        if x == 2:
            break
    else:
        print("not printed")
    print("broke at", x)
    try:
        async for x in Failing(3):
            print("failing", x)
    except KeyError as e:
        print("KeyError", e)
    try:
        async for x in NotAwaitable(1):
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())
