# Async generators driven by hand: aclose() runs finally and gives None, athrow() and asend()
# as in CPython 3.11, also on generators not started or already finished.
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

async def slow_cleanup():
    try:
        yield "a"
    finally:
        await asyncio.sleep(0.01)
        print("cleaned up after a wait")

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

async def echo():
    v = yield "start"
    while True:
        try:
            v = yield v * 2
        except KeyError:
            v = yield "caught"

async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    print(await gen().aclose())
    s = slow_cleanup()
    print(await s.asend(None))
    print(await s.aclose())
    st = stubborn()
    await st.__anext__()
    try:
        await st.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g2 = gen()
    print(await g2.asend(None))
    try:
        await g2.athrow(ValueError("x"))
    except ValueError as e:
        print("ValueError", e)
    try:
        await g2.athrow(ValueError("again"))
    except ValueError as e:
        print("ValueError on finished", e)
    except StopAsyncIteration:
        print("StopAsyncIteration on finished")
    try:
        await g2.asend(None)
    except StopAsyncIteration:
        print("asend on finished: StopAsyncIteration")
    e = echo()
    print(await e.asend(None), await e.asend(3), await e.athrow(KeyError), await e.asend(4))
    try:
        await e.asend(None)
    except TypeError as ex:
        print("TypeError", ex)
    print(await e.aclose())
    fresh = echo()
    try:
        await fresh.asend(1)
    except TypeError as ex:
        print("TypeError", ex)
    try:
        await echo().athrow(KeyError("k"))
    except KeyError as ex:
        print("athrow before start raises", repr(ex))
    async def gives_up():
        try:
            yield 1
        except ValueError:
            return
    gu = gives_up()
    await gu.__anext__()
    try:
        await gu.athrow(ValueError)
    except StopAsyncIteration:
        print("athrow, generator returned: StopAsyncIteration")
    async def loop_break():
        async for x in gen():
            print("got", x)
            break
        print("after break")
    await loop_break()

asyncio.run(main())
