# except* in a coroutine: clauses may await, and what is left escapes to the awaiting code.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n) if n % 2 else TypeError(n)


async def main():
    errors = []
    for n in range(4):
        try:
            await fail(n)
        except Exception as e:
            errors.append(e)
    try:
        try:
            raise ExceptionGroup("from tasks", errors)
        except* ValueError as e:
            await asyncio.sleep(0)
            print("values after await:", e.exceptions)
    except* TypeError as e:
        print("types reached the outer try:", e.exceptions)


asyncio.run(main())
