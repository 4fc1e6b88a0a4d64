# greenlet.settrace(callback) sees every switch and throw as (event, (origin, target)).
import greenlet

main = greenlet.getcurrent()
names = {}

def tracer(event, args):
    origin, target = args
    print("trace", event, names.get(origin, "?"), "->", names.get(target, "?"))

def body():
    main.switch()

g = greenlet.greenlet(body)
names[main] = "main"
names[g] = "g"
print(greenlet.settrace(tracer))
g.switch()
g.switch()
print(greenlet.gettrace() is tracer)
greenlet.settrace(None)
g2 = greenlet.greenlet(body)
g2.switch()
print("untraced")
# expect: None
# expect: trace switch main -> g
# expect: trace switch g -> main
# expect: trace switch main -> g
# expect: trace switch g -> main
# expect: True
# expect: untraced
