# Tutorial 003, section 2.2 (asyncio), the third program, as the tutorial prints it: it is
# full of typos (asrnc, retunrn, get-event_loop), so it stops at the first one with a
# SyntaxError. Unchanged. (Weft exits 2 for a syntax error where CPython exits 1, so there is
# no CPython comparison.)
# python: no
#起多个任务,有返回值(了解)

import asyncio 
asrnc def demo():
	print('start')
    await asyncio.sleep(1)	#阻塞,阻塞必须写入await之后	且使用asyncio模块自己的方法
    print('end')
    retunrn 123

loop = asyncio.get-event_loop()
t1 = loop.create_task(demo())
t2 = loop.create_task(demo())
tasks=[t1,t2]
wait_obj=asyncio.wait([t1,t2])
loop.run_until_complete(wait_obj)
for i in easks:
print(tasks.result())
