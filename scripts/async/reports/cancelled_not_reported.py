# traceback: exact
# Cancelled tasks and tasks whose exception was looked at are not reported.
import asyncio


async def forever():
    await asyncio.sleep(10)


async def bad():
    raise RuntimeError("x")


async def main():
    t = asyncio.create_task(forever())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, b, return_exceptions=True)
    print(t.cancelled(), repr(b.exception()))


asyncio.run(main())
