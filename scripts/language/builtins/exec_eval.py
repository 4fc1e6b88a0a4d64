# exec, eval and compile: namespaces, scoping and errors as CPython has them.
x = 10
print(eval("x * 2 + 1"))  # expect: 21
exec("y = x + 1")
print(y)  # expect: 11

def local_view():
    a = 3
    print(eval("a + x"))  # expect: 13
    exec("a = 99")  # writes a snapshot, not the function's variable
    print(a)  # expect: 3
local_view()

ns = {}
exec("def sq(n):\n    return n * n\nr = sq(7)", ns)
print(ns["r"], sorted(k for k in ns if k != "__builtins__"))  # expect: 49 ['r', 'sq']
print("__builtins__" in ns)  # expect: True

g = {"base": 100}
loc = {}
exec("v = base + 1\ndef f():\n    return base\nw = f()", g, loc)
print(loc["v"], loc["w"], "v" in g)  # expect: 101 100 False

# separate locals behave like a class body: a function defined there cannot see them
try:
    exec("hidden = 1\ndef peek():\n    return hidden\npeek()", {}, {})
except NameError as e:
    print(e)  # expect: name 'hidden' is not defined

print(eval("[i * i for i in range(4)]"))  # expect: [0, 1, 4, 9]
print(eval("  1 + 1  "))  # expect: 2
print(eval(b"2 ** 10"))  # expect: 1024
print(eval("z", {"z": "from globals"}))  # expect: from globals
print(eval("q", {"q": 1}, {"q": 2}))  # expect: 2

code = compile("1 + 2", "<calc>", "eval")
print(eval(code))  # expect: 3
block = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
space = {}
exec(block, space)
print(space["total"])  # expect: 10
print(exec("1"))  # expect: None

try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)  # expect: SyntaxError 1
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.filename)  # expect: SyntaxError <string>
try:
    eval(5)
except TypeError as e:
    print(e)  # expect: eval() arg 1 must be a string, bytes or code object
try:
    exec("1", 5)
except TypeError as e:
    print(e)  # expect: exec() globals must be a dict, not int
try:
    compile("1", "f", "bad")
except ValueError as e:
    print(e)  # expect: compile() mode must be 'exec', 'eval' or 'single'
try:
    exec("raise KeyError('inside')")
except KeyError as e:
    print(repr(e))  # expect: KeyError('inside')
