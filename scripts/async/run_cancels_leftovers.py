# asyncio.run cancels the tasks still pending when main returns and lets their cleanup run;
# a later event loop starts afresh.
import asyncio

log = []


async def forever(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"cancelled {n}")
        raise
    finally:
        log.append(f"cleanup {n}")


async def main():
    asyncio.create_task(forever(1))
    asyncio.create_task(forever(2))
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print(sorted(log))
loop = asyncio.new_event_loop()


async def quick():
    return 5


print(loop.run_until_complete(quick()))
