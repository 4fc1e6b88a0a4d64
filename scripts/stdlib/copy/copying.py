# copy and deepcopy across the builtin containers, collections types, the copy protocols and
# cycles, as CPython copies them.
import copy
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
class P:
    def __init__(self, x, ys): self.x, self.ys = x, ys
    def __repr__(self): return f"P({self.x}, {self.ys})"
p = P(1, [2, 3])
s = copy.copy(p); d = copy.deepcopy(p)
print(s, d, s.ys is p.ys, d.ys is p.ys, type(d) is P)
l = [1, [2, [3]], {"a": (4, [5])}]
dl = copy.deepcopy(l)
print(dl == l, dl[1] is l[1], dl[2]["a"][1] is l[2]["a"][1], copy.copy(l)[1] is l[1])
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [])) == (1, []))
Pt = namedtuple("Pt", "x y"); pt = Pt(1, [2])
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)
od = OrderedDict(a=1, b=[2]); print(copy.deepcopy(od), type(copy.copy(od)).__name__)
dd = defaultdict(list, {"k": [1]}); c = copy.deepcopy(dd); print(c, c.default_factory is list, c["k"] is dd["k"])
dq = deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq)[1] is dq[1])
print(copy.deepcopy(Counter("aab")), copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
class C:
    def __init__(self): self.log = []
    def __copy__(self): print("__copy__"); return C()
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo)); return C()
copy.copy(C()); copy.deepcopy(C())
class S:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(S(1)).v, copy.deepcopy(S(2)).v)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a * 2,))
print(copy.copy(R(3)).a)
class L(list): pass
ll = L([1, [2]]); ll.tag = "t"; cl = copy.deepcopy(ll); print(type(cl).__name__, cl, cl.tag, cl[1] is ll[1])
print(copy.copy(len) is len, copy.deepcopy(copy) is copy if False else copy.deepcopy(P) is P)
import types
m = types.SimpleNamespace(a=[1]); print(copy.deepcopy(m), copy.deepcopy(m).a is m.a)
try:
    copy.deepcopy(object.__new__(type("Bare", (), {"__slots__": ()})))
    print("slots-only copied")
except Exception as e:
    print(type(e).__name__)
print(copy.Error is copy.error, copy.deepcopy(p.__init__).__self__ is not p)
