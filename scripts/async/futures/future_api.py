# virtual-time: yes
# asyncio.Future: results, exceptions, cancellation with a message, callbacks (with context=),
# removal, InvalidStateError messages and reprs.
import asyncio


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


def cb(fut):
    print("callback saw", repr(fut))


def other(fut):
    print("other saw", fut.done())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    attempt("result too early", f.result)
    attempt("exception too early", f.exception)
    f.add_done_callback(cb)
    f.add_done_callback(other, context=None)
    f.add_done_callback(other)
    print(repr(f).replace(__file__, "future_api.py"))
    print("removed", f.remove_done_callback(other))
    print(repr(f).replace(__file__, "future_api.py"))
    f.set_result([1, 2])
    print(repr(f), f.result(), f.exception())
    attempt("set_result twice", lambda: f.set_result(3))
    attempt("set_exception after", lambda: f.set_exception(ValueError()))
    await asyncio.sleep(0)

    e = asyncio.Future()
    e.set_exception(KeyError("k"))
    print(repr(e), repr(e.exception()))
    attempt("result of failed", e.result)
    g = asyncio.Future()
    attempt("StopIteration", lambda: g.set_exception(StopIteration()))
    attempt("not an exception", lambda: g.set_exception(1))
    g.set_exception(ValueError)
    print(repr(g))
    g.exception()

    c = asyncio.Future()
    print(c.cancel("why"), c.cancel(), repr(c), c.cancelled(), c.done())
    attempt("result of cancelled", c.result)
    attempt("exception of cancelled", c.exception)
    try:
        await c
    except asyncio.CancelledError as err:
        print("await cancelled:", repr(err))

    waiter = loop.create_future()

    async def wake():
        await asyncio.sleep(0.01)
        waiter.set_result("woken")

    asyncio.create_task(wake())
    print(await waiter, await waiter)
    big = asyncio.Future()
    big.set_result("x" * 50)
    print(repr(big))
    print(asyncio.isfuture(big), asyncio.isfuture(1), asyncio.Future[int])


asyncio.run(main())
