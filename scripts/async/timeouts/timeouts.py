# virtual-time: yes
# asyncio.timeout / timeout_at (3.11): expiry turns the cancellation into TimeoutError;
# reschedule, expired, when, reprs; wait_for with every kind of awaitable.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError from", type(e.__cause__).__name__, cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(0.01)
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout_at(loop.time() + 0.1) as cm:
            cm.reschedule(loop.time() + 0.25)
            await asyncio.sleep(0.15)
            print("still inside after 0.15")
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at the new deadline")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("a deadline in the past expires at the first wait")
    async with asyncio.timeout(0.01):
        pass
    print("no wait, no timeout")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("the block sees CancelledError")
                raise
    except TimeoutError:
        print("then TimeoutError")

    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), 1))
    print(await asyncio.wait_for(asyncio.sleep(0, "no timeout"), None))
    task = asyncio.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(task, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", task.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("timeout 0")
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future result")
    print(await asyncio.wait_for(fut, 1))

    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn cleans up first")
            await asyncio.sleep(0.01)
            raise

    try:
        await asyncio.wait_for(stubborn(), 0.01)
    except TimeoutError:
        print("wait_for waited for the cleanup")


asyncio.run(main())
