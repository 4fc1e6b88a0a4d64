# traceback: exact
# stderr: Task exception was never retrieved
# stderr: Future exception was never retrieved
# stderr: Task was destroyed but it is pending!
# What asyncio reports at exit: task and future exceptions nobody retrieved (and not those
# that were), and tasks still pending when the program ends.
import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"lost {n}")


async def sleeps():
    await asyncio.sleep(10)


async def main():
    asyncio.create_task(fails(1))
    seen = asyncio.create_task(fails(2))
    awaited = asyncio.create_task(fails(3))
    await asyncio.sleep(0.01)
    seen.exception()
    try:
        await awaited
    except ValueError:
        pass
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("future"))
    looked = asyncio.get_running_loop().create_future()
    looked.set_exception(KeyError("looked at"))
    looked.exception()


asyncio.run(main())
loop = asyncio.new_event_loop()
pending = loop.create_task(sleeps(), name="left-over")
loop.run_until_complete(asyncio.sleep(0.01))
print("end of program")  # expect: end of program
