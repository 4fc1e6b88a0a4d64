# Done callbacks run without using up Task-N numbers, so asyncio's names match CPython's.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    t = asyncio.create_task(work(1))
    t.add_done_callback(lambda t: print("callback saw", t.result()))
    print(await t)
    await asyncio.sleep(0)
    u = asyncio.create_task(work(2))
    print(u.get_name())
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda f: print("future callback saw", f.result()))
    f.set_result("ok")
    await asyncio.sleep(0)
    v = asyncio.create_task(work(3), name="named")
    w = asyncio.create_task(work(4))
    print(v.get_name(), w.get_name())
    print(await asyncio.gather(u, v, w))
    x = asyncio.create_task(work(5))
    print(x.get_name(), await x)
    print(asyncio.current_task().get_name())


asyncio.run(main())
