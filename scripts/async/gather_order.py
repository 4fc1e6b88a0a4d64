import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    results = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(results)
    t = asyncio.create_task(work("d", 0.01))
    print("created", t.done())
    await asyncio.sleep(0)
    print("after yield")
    print(await t)
    print(asyncio.current_task().get_name() is not None)

asyncio.run(main())
