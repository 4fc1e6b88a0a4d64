# virtual-time: yes
# A TaskGroup failure nobody catches ends the program with the group's traceback.
import asyncio


async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2):
            tg.create_task(boom(n))


asyncio.run(main())
