# UDP: datagrams keep their boundaries; recvfrom names the sender; connect fixes the peer.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 0))
print(b.sendto(b"one", a.getsockname()), b.sendto(b"two!", a.getsockname()))  # expect: 3 4
data, sender = a.recvfrom(100)
print(data, sender == b.getsockname())  # expect: b'one' True
print(a.recv(2))  # expect: b'tw'

b.connect(a.getsockname())
print(b.getpeername() == a.getsockname())  # expect: True
b.send(b"connected")
buf = bytearray(20)
n, sender = a.recvfrom_into(buf)
print(n, bytes(buf[:n]), sender == b.getsockname())  # expect: 9 b'connected' True

a.setblocking(False)
try:
    a.recvfrom(10)
except BlockingIOError as e:
    print(e)  # expect: [Errno 11] Resource temporarily unavailable
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e)  # expect: TimeoutError timed out
unconnected = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    unconnected.send(b"x")
except OSError as e:
    print(e)  # expect: [Errno 89] Destination address required
print(a.type == socket.SOCK_DGRAM, a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
# expect: True 2
for s in (a, b, unconnected):
    s.close()
