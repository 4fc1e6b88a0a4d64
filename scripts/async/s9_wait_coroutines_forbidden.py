import asyncio

async def demo():
    print('start')
    await asyncio.sleep(1)
    print('end')

loop = asyncio.get_event_loop()
wait_obj=asyncio.wait([demo(),demo(),demo()])
loop.run_until_complete(wait_obj)
