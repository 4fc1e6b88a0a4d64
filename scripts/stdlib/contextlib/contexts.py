# contextmanager, suppress, ExitStack (chaining, suppressing, pop_all), closing, nullcontext,
# redirect_stdout and the async forms, as CPython runs them.
import contextlib, sys
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)
try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(3), decorated(4))
print(decorated.__name__, tag.__name__, tag("x").__doc__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)

class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
    def close(self): print("close", self.n)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback", 1, sep="-")
    print("body", [r.n for r in rs])

def bad_exit(*a):
    raise RuntimeError("from exit")
try:
    with ExitStack() as stack:
        stack.push(bad_exit)
        stack.enter_context(Res(9))
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *a: True)
    raise KeyError("suppressed by push")
print("exitstack suppressed")

stack = ExitStack()
stack.enter_context(Res(5))
moved = stack.pop_all()
stack.close()
print("moved close:")
moved.close()

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)

with closing(Res(7)) as r:
    print("closing body", r.n)
with nullcontext(42) as v:
    print("null", v)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print("hidden")
print("captured", b.parts)
print(issubclass(Res, contextlib.AbstractContextManager), isinstance(nullcontext(), contextlib.AbstractContextManager))

import asyncio
@contextlib.asynccontextmanager
async def atag(n):
    print("a-enter", n)
    yield n
    print("a-exit", n)
async def main():
    async with atag(1) as v:
        print("a-body", v)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(atag(2))
        st.push_async_callback(asyncio.sleep, 0)
        print("stack body", v)
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print("agen", x)
            break
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")
asyncio.run(main())
