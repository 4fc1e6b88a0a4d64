import asyncio

async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker cleanup")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancellation", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout block")

asyncio.run(main())
