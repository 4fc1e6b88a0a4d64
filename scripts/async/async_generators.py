import asyncio

async def countdown(n):
    while n:
        await asyncio.sleep(0)
        yield n
        n -= 1

class Ctx:
    async def __aenter__(self):
        print("enter")
        return "value"
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return True

async def main():
    async for x in countdown(3):
        print(x)
    print([x async for x in countdown(2)])
    async with Ctx() as v:
        print(v)
        raise ValueError("suppressed")
    print("after")
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set")

asyncio.run(main())
