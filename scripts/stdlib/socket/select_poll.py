# select.select, select.poll and selectors over sockets.
import select
import selectors
import socket

srv = socket.create_server(("127.0.0.1", 0))
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
r, w, x = select.select([a, c], [c], [], 0)
print(r, w == [c], x)  # expect: [] True []
c.sendall(b"x")
r, w, x = select.select([a, c, srv], [], [], 1)
print(r == [a], w, x)  # expect: True [] []
print(a.recv(1))  # expect: b'x'
print(select.select([a], [], [], 0.05))  # expect: ([], [], [])
other = socket.create_connection(srv.getsockname())
print(select.select([srv], [], [], 1)[0] == [srv])  # expect: True
srv.accept()[0].close()
other.close()

p = select.poll()
p.register(a, select.POLLIN)
p.register(c.fileno(), select.POLLOUT)
print(p.poll(0) == [(c.fileno(), select.POLLOUT)])  # expect: True
c.sendall(b"y")
print(sorted(p.poll(100)) == sorted([(a.fileno(), select.POLLIN), (c.fileno(), select.POLLOUT)]))
# expect: True
p.unregister(c)
print(p.poll(0) == [(a.fileno(), select.POLLIN)])  # expect: True
print(a.recv(1))  # expect: b'y'

sel = selectors.DefaultSelector()
key = sel.register(a, selectors.EVENT_READ, data="conn")
print(key.fd == a.fileno(), key.events, key.data)  # expect: True 1 conn
c.sendall(b"hello")
for k, events in sel.select(timeout=1):
    print(k.data, events, k.fileobj.recv(5))  # expect: conn 1 b'hello'
print(sel.select(timeout=0))  # expect: []
print(sel.get_key(a).data, len(sel.get_map()))  # expect: conn 1
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
print([(k.data, ev) for k, ev in sel.select(0)])  # expect: [('both', 2)]
sel.unregister(a)
try:
    sel.unregister(a)
except KeyError:
    print("not registered")  # expect: not registered
sel.close()

try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(e)  # expect: file descriptor cannot be a negative integer (-1)
closed = socket.socket()
closed.close()
try:
    select.select([closed], [], [], 0)
except ValueError as e:
    print(e)  # expect: file descriptor cannot be a negative integer (-1)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)  # expect: timeout must be non-negative
for s in (srv, a, c):
    s.close()
