# A generator built from greenlets: the producer can hand values out from nested calls, which
# a plain generator cannot do without yield in every function on the way.
from greenlet import greenlet, getcurrent

class Produced(greenlet):
    def __init__(self, fn, *args):
        greenlet.__init__(self)
        self.fn, self.args = fn, args

    def run(self):
        self.fn(*self.args)

    def __iter__(self):
        return self

    def __next__(self):
        self.parent = getcurrent()
        value = self.switch()
        if self.dead:
            raise StopIteration
        return value

def emit(value):
    g = getcurrent()
    while not isinstance(g, Produced):
        g = g.parent
    g.parent.switch(value)

def walk(tree):
    if isinstance(tree, list):
        for branch in tree:
            walk(branch)
    else:
        emit(tree)

for leaf in Produced(walk, [1, [2, [3, 4]], 5]):
    print(leaf, end=" ")
print()
print([x * 10 for x in Produced(walk, [[6], 7])])
# expect: 1 2 3 4 5 
# expect: [60, 70]
