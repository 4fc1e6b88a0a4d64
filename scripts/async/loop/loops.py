# The event loop's life: get_event_loop, new/set_event_loop, run_until_complete,
# run_forever/stop, close, is_running/is_closed, time, Runner, and the messages.
import asyncio


async def answer(x):
    await asyncio.sleep(0)
    return x


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except RuntimeError as e:
        print(label, "-> RuntimeError:", e)


loop = asyncio.get_event_loop()
print(type(loop).__name__, repr(loop), loop is asyncio.get_event_loop())
print(loop.run_until_complete(answer(1)), loop.is_running(), loop.is_closed())
attempt("get_running_loop", asyncio.get_running_loop)


async def inside():
    running = asyncio.get_running_loop()
    print("inside:", running is loop, running.is_running(), repr(running))
    coro = answer(2)
    attempt("nested run_until_complete", lambda: running.run_until_complete(coro))
    coro.close()
    coro = answer(3)
    attempt("asyncio.run inside", lambda: asyncio.run(coro))
    coro.close()
    attempt("close while running", running.close)
    return "inside done"


print(loop.run_until_complete(inside()))
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
print("run_forever stopped after", order)
loop.stop()
loop.call_soon(order.append, 3)
loop.run_forever()
print("stop() before run_forever runs one round:", order)
fut = loop.create_future()
loop.call_soon(loop.stop)
attempt("stopped early", lambda: loop.run_until_complete(fut))
loop.close()
loop.close()
print(loop.is_closed(), repr(loop))
coro = answer(4)
attempt("closed loop", lambda: loop.run_until_complete(coro))
coro.close()
attempt("call_soon on closed", lambda: loop.call_soon(print))
try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(answer(5)))
attempt("after run", asyncio.get_event_loop)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new, new.time() > 0)
new.close()
with asyncio.Runner() as runner:
    print(runner.run(answer(6)), runner.run(answer(7)))
    print(type(runner.get_loop()).__name__)
coro = answer(8)
attempt("closed runner", lambda: runner.run(coro))
coro.close()
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
