import asyncio
async def demo():
    print('start')
    await asyncio.sleep(1)
    print('end')
loop = asyncio.get_event_loop()
loop.run_until_complete(demo())
