# match (PEP 634): soft keywords and control flow.
import string
match = string.Template("$x").substitute(x=42)
print(match)
case = "lower"
print(case.upper())
def match(pattern, text):
    return text.startswith(pattern)
print(match("a", "abc"))
class Matcher:
    def match(self, case):
        return case * 2
    case = 3
print(Matcher().match(case=4), Matcher.case)
_ = 5
print(_)
match, case = 1, 2
print(match, case)
match (1, 2):
    case (match, case):
        print("shadowed", match, case)
def gen(items):
    for it in items:
        match it:
            case int(n):
                x = yield n * 10
                print("sent", x)
            case [a, *rest]:
                yield from rest
            case _:
                return "done"
g = gen([1, [2, 3, 4], "stop", 5])
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
import asyncio
async def get(n):
    await asyncio.sleep(0)
    return n
async def main():
    match await get(3):
        case 3 if await get(True):
            print("awaited subject and guard")
    for v in [[1], {"k": 2}]:
        match v:
            case [x]:
                print("list", await get(x))
            case {"k": y}:
                print("dict", await get(y))
asyncio.run(main())
class K:
    match 1:
        case 1:
            inside = "class body"
print(K.inside)
def outer():
    match 5:
        case v:
            pass
    def inner():
        return v
    return inner()
print(outer())
def loops():
    out = []
    for i in range(6):
        match i:
            case 0:
                continue
            case 4:
                break
            case n if n % 2:
                out.append(("odd", n))
            case n:
                out.append(("even", n))
    return out
print(loops())
def nested(x):
    match x:
        case [y]:
            match y:
                case [z]:
                    return ("deep", z)
                case _:
                    return ("shallow", y)
    return None
print(nested([[1]]), nested([2]), nested(3))
print([(lambda v: v)(m) for m in [1]])
