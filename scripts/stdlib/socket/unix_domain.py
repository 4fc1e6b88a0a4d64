# AF_UNIX stream sockets on a path, and socketpair().
import os
import socket
import time

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "weft-unix-%d-%d.sock"
                    % (os.getpid(), time.monotonic_ns()))
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
server.listen()
print(server.getsockname() == path)  # expect: True
client = socket.socket(socket.AF_UNIX)
client.connect(path)
conn, addr = server.accept()
print(repr(addr), client.getpeername() == path)  # expect: '' True
client.sendall(b"over a path")
print(conn.recv(100))  # expect: b'over a path'
conn.sendall(b"and back")
print(client.recv(100))  # expect: b'and back'
for s in (conn, client, server):
    s.close()
getattr(os, "remove", lambda p: None)(path)  # os.remove: once Weft's os has it

missing = socket.socket(socket.AF_UNIX)
try:
    missing.connect(path + ".missing")
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory
missing.close()

left, right = socket.socketpair()
print(left.family == socket.AF_UNIX, left.type == socket.SOCK_STREAM)  # expect: True True
left.sendall(b"ping")
print(right.recv(10))  # expect: b'ping'
right.sendall(b"pong")
print(left.recv(10))  # expect: b'pong'
left.close()
print(right.recv(10))  # expect: b''
right.close()
