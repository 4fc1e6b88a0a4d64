# Tutorial 003, section 2.2 (asyncio), the first program, as the tutorial prints it: its last
# two lines are indented less than the function body but more than the function, which is an
# IndentationError. Unchanged. (Weft exits 2 for a syntax error where CPython exits 1, so
# there is no CPython comparison.)
# python: no
#起一个任务

import asyncio			#插入asyncio模块
async def demo():		#创建async函数
      print('start')
      await asyncio.sleep(1)	#阻塞,阻塞必须写入await之后	且使用asyncio模块自己的方法
      print('end')
  loop = asyncio.get_event_loop()   #创建一个第三方事件循环,监测是否IO
  loop.run_until_complete(demo())		#吧demo任务丢到事件循环中去执行
