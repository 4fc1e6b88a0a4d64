# match (PEP 634): class pattern errors.
import sys
class C: pass
class D:
    __match_args__ = ["a"]
class E:
    __match_args__ = (1,)
class F:
    __match_args__ = ("a",)
    a = 1
class G:
    __match_args__ = ("a", "b")
class Eq:
    def __eq__(self, o):
        raise ValueError("eq raised")
class Ns:
    v = Eq()
class Prop:
    @property
    def p(self):
        raise KeyError("prop")
    @property
    def q(self):
        raise AttributeError("no q")
class Length(list):
    pass
cases = [
    ("C(1)", 1), ("C(1)", C()), ("D(x)", D()), ("E(x)", E()), ("int(1, 2)", 1), ("F(x, a=1)", F()),
    ("G(1, 2, 3)", G()), ("x()", 1), ("Ns.v", 3), ("Prop(p=1)", Prop()), ("Prop(q=1)", Prop()),
    ("{Ns.k: 1, Ns.k2: 2}", {1: 1}), ("str(a, b)", "s"), ("bool(1, 2)", True), ("C()", C()),
]
Ns.k = Ns.k2 = 1
for pat, subject in cases:
    src = f"match subject:\n    case {pat}:\n        print('matched {pat}')\n    case _:\n        print('no match {pat}')\n"
    try:
        exec(src, {"subject": subject, "C": C, "D": D, "E": E, "F": F, "G": G, "Ns": Ns, "Prop": Prop, "x": 1})
    except Exception as e:
        print(pat, "->", type(e).__name__, e)
