# Tutorial 003, section 2.2 (asyncio), the second program: asyncio.wait() is given coroutines,
# which Python 3.11 refuses (TypeError), so nothing runs and the coroutines are reported as
# never awaited. Unchanged.
#起多个任务,且没有返回值

import asyncio
  
async def demo():
    print('start')
    await asyncio.sleep(1)	#阻塞,阻塞必须写入await之后	且使用asyncio模块自己的方法
    print('end')

loop = asyncio.get_event_loop()
wait_obj=asyncio.wait([demo(),demo(),demo()])
loop.run_until_complete(wait_obj)
