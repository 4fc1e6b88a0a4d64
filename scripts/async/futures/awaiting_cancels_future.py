# virtual-time: yes
# (CPython runs it in real time: the delays are far enough apart to keep the order.)
# A task cancelled while it awaits a future cancels that future, with the message; shield()
# keeps the inner one going.
import asyncio


async def wait_on(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got", repr(e))
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(wait_on(fut))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), repr(fut))
    await asyncio.sleep(0)
    print(fut.cancelled(), t.cancelled())

    inner = asyncio.create_task(asyncio.sleep(0.5, "inner result"))
    outer = asyncio.shield(inner)
    t2 = asyncio.create_task(wait_on(outer))
    await asyncio.sleep(0.1)
    t2.cancel()
    await asyncio.sleep(0)
    print(outer.cancelled(), inner.cancelled(), inner.done())
    print(await inner)
    done = asyncio.Future()
    done.set_result(1)
    print(asyncio.shield(done) is done)


asyncio.run(main())
