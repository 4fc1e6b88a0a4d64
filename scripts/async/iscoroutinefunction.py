# asyncio.iscoroutinefunction: true for async def functions and their bound methods only.
import asyncio


async def fetch():
    return 1


def plain():
    return 2


async def agen():
    yield 3


def gen():
    yield 4


class Client:
    async def get(self):
        return 5

    def close(self):
        pass

    async def __call__(self):
        return 6


def outer():
    async def inner():
        pass
    return inner


print(asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(gen))
c = Client()
print(asyncio.iscoroutinefunction(Client.get), asyncio.iscoroutinefunction(c.get))
print(asyncio.iscoroutinefunction(c.close), asyncio.iscoroutinefunction(c))
print(asyncio.iscoroutinefunction(outer()), asyncio.iscoroutinefunction(lambda: None))
print(asyncio.iscoroutinefunction(len), asyncio.iscoroutinefunction(None))
co = fetch()
print(asyncio.iscoroutine(co), asyncio.iscoroutine(fetch))
co.close()
print(hex(fetch.__code__.co_flags), hex(agen.__code__.co_flags), hex(outer().__code__.co_flags))
print(fetch.__code__.co_name, Client.get.__code__.co_qualname)
