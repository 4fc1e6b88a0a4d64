import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled())
    f.add_done_callback(lambda x: print("cb", x.result()))
    f.set_result(3)
    print(f, f.done(), f.result())
    await asyncio.sleep(0)
    g = asyncio.Future()
    print(g.cancel("why"), g.cancelled(), g)
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    h = asyncio.Future()
    h.set_exception(KeyError)
    print(repr(h.exception()), h)
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("ise", e)
    x = asyncio.Future()
    loop.call_later(0.01, x.set_result, "done")
    print(await x)
    y = asyncio.Future()
    def cb(fut): print("removed cb ran")
    y.add_done_callback(cb)
    print(y.remove_done_callback(cb))
    y.set_result(None)
    await asyncio.sleep(0)
    try:
        asyncio.Future().exception()
    except asyncio.InvalidStateError as e:
        print(e)
asyncio.run(main())
