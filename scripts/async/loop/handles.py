# virtual-time: yes
# call_soon / call_later / call_at return Handle / TimerHandle: cancel, cancelled, when,
# reprs, ordering, errors in callbacks reported as asyncio does.
import asyncio


def here(text):
    return text.replace(__file__, "handles.py")


def cb(*args):
    print("cb", args)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    print(here(repr(h)), h.cancelled())
    loop.call_soon(cb, 2)
    gone = loop.call_soon(cb, "never")
    gone.cancel()
    gone.cancel()
    print(repr(gone), gone.cancelled())
    t1 = loop.call_later(0.02, cb, "later 0.02")
    t2 = loop.call_at(loop.time() + 0.01, cb, "at +0.01")
    t3 = loop.call_later(0.015, cb, "cancelled timer")
    print(type(t1).__name__, t1.when() > loop.time(), t2 < t1, t1 > t2, t1 == t1)
    print(here(repr(t1)).split(" when=")[0], here(repr(t1)).split(" ", 2)[2])
    t3.cancel()
    print(repr(t3).split(" when=")[0], t3.cancelled())
    loop.call_soon_threadsafe(cb, "threadsafe")
    await asyncio.sleep(0.05)
    for bad, args in [(loop.call_later, (None, cb)), (loop.call_at, (None, cb))]:
        try:
            bad(*args)
        except TypeError as e:
            print("TypeError:", e)

    def failing(x):
        raise KeyError(x)

    loop.call_soon(failing, "in a callback")
    loop.call_soon(1)  # not checked (outside debug mode): it fails when it runs
    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(sorted(ctx)))
    loop.call_soon(failing, "handled")
    await asyncio.sleep(0)
    print(seen, loop.get_exception_handler() is not None)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
