import asyncio
async def forever(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
    finally:
        print("cleanup", n)
async def main():
    asyncio.create_task(forever(1))
    asyncio.create_task(forever(2))
    await asyncio.sleep(0)
    print("main done")
asyncio.run(main())
print("after")
loop = asyncio.new_event_loop()
async def quick():
    return 5
print(loop.run_until_complete(quick()))
