# sys.exit() in a greenlet is not an error: it is raised in the main greenlet, which ends
# the program with that status unless it catches it.
# virtual-time: yes
# exit: 3
import sys
import gevent

def quit_with(code):
    print("quitting with", code)
    sys.exit(code)

try:
    gevent.spawn(quit_with, 2)
    gevent.sleep(1)
except SystemExit as e:
    print("main caught", repr(e))
gevent.spawn(quit_with, 3).join()
print("not reached")
# expect: quitting with 2
# expect: main caught SystemExit(2)
# expect: quitting with 3
