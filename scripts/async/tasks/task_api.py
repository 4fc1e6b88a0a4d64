# virtual-time: yes
# asyncio.Task: names, get_coro, cancel(msg), cancelling/uncancel, callbacks, current_task,
# all_tasks, and the CPython reprs.
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)
    return delay


async def fails():
    raise ValueError("bad")


def show(label, t):
    # The file's path as the bare name, so the expected output holds anywhere.
    print(label, repr(t).replace(__file__, "task_api.py"))


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__qualname__, me in asyncio.all_tasks())
    t = asyncio.create_task(sleeper(0.01))
    show("new", t)
    await asyncio.sleep(0)
    show("waiting", t)
    print(await t)
    show("done", t)
    named = asyncio.create_task(sleeper(0), name="worker")
    print(named.get_name())
    named.set_name(42)
    print(repr(named.get_name()))
    await named
    f = asyncio.create_task(fails())
    await asyncio.sleep(0)
    show("failed", f)
    print(repr(f.exception()))
    c = asyncio.create_task(sleeper(1))
    await asyncio.sleep(0)
    print(c.cancelling(), c.cancel("enough"), c.cancelling(), c.cancel(), c.cancelling())
    show("cancelling", c)
    try:
        await c
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    show("cancelled", c)
    print(c.cancel(), c.uncancel(), c.uncancel(), c.uncancel())
    for bad in (c.result, c.exception):
        try:
            bad()
        except asyncio.CancelledError as e:
            print(bad.__name__, "raises", repr(e))
    pending = asyncio.create_task(sleeper(0.01))
    for bad in (pending.result, pending.exception):
        try:
            bad()
        except asyncio.InvalidStateError as e:
            print(bad.__name__, "raises InvalidStateError:", e)
    pending.add_done_callback(lambda task: print("done callback", task.result()))
    await pending
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    try:
        asyncio.create_task(1)
    except TypeError as e:
        print("TypeError:", e)
    coro = sleeper(0)
    try:
        asyncio.ensure_future(1)
    except TypeError as e:
        print("TypeError:", e)
    print(type(asyncio.ensure_future(coro)).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
