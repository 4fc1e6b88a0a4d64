# A finished greenlet's return value goes to its parent: by default the greenlet that created
# it; an unstarted parent is started with that value as its argument.
from greenlet import greenlet, getcurrent

def report(value):
    print("parent got", value)
    return "parent done"

def child():
    print("child runs, its parent is", "report" if getcurrent().parent is reporter else "main")
    return 42

reporter = greenlet(report)
kid = greenlet(child, reporter)
print(kid.switch())
print(kid.dead, reporter.dead)

def make_inner():
    inner = greenlet(lambda: "inner value")
    print("inner's parent is outer:", inner.parent is getcurrent())
    print("outer got", inner.switch())
    return "outer value"

print(greenlet(make_inner).switch())
print(getcurrent().parent)
# expect: child runs, its parent is report
# expect: parent got 42
# expect: parent done
# expect: True True
# expect: inner's parent is outer: True
# expect: outer got inner value
# expect: outer value
# expect: None
