# The first switch passes its arguments to run; later ones return what the other side sent:
# nothing -> (), one value -> itself, several -> a tuple, keywords -> a dict, both -> (args, kwargs).
from greenlet import greenlet, getcurrent

main = getcurrent()

def collector(first, *rest, **options):
    print("started with", first, rest, options)
    while True:
        got = main.switch("ready")
        print("got", repr(got))
        if got == "stop":
            return "collector done"

g = greenlet(collector)
print(g.switch(1, 2, flag=True))
g.switch()
g.switch("one")
g.switch(1, 2)
g.switch(colour="red")
g.switch(1, size=3)
print(g.switch("stop"))
print(getcurrent().switch("to myself"), getcurrent().switch(), getcurrent().switch(a=1, b=2))
# expect: started with 1 (2,) {'flag': True}
# expect: ready
# expect: got ()
# expect: got 'one'
# expect: got (1, 2)
# expect: got {'colour': 'red'}
# expect: got ((1,), {'size': 3})
# expect: got 'stop'
# expect: collector done
# expect: to myself () {'a': 1, 'b': 2}
