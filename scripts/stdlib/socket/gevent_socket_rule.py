# Under gevent an unpatched socket blocks every greenlet; after monkey.patch_socket() a socket
# wait parks only its greenlet.
import gevent
import socket

left, right = socket.socketpair()
left.settimeout(0.1)


def waiter(name):
    print(name, "waits")
    try:
        left.recv(10)
    except socket.timeout:
        print(name, "timed out")


def other(name):
    print(name, "runs")


gevent.joinall([gevent.spawn(waiter, "unpatched"), gevent.spawn(other, "other")])
# expect: unpatched waits
# expect: unpatched timed out
# expect: other runs

from gevent import monkey
monkey.patch_socket()
import socket
left, right = socket.socketpair()
left.settimeout(0.1)
gevent.joinall([gevent.spawn(waiter, "patched"), gevent.spawn(other, "other")])
# expect: patched waits
# expect: other runs
# expect: patched timed out
