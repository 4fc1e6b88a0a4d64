# A TCP server and client in one task: connect completes against the listen backlog, so
# accept, send and recv can follow one another without any concurrency.
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)  # expect: True
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print(host, 0 < port < 65536)  # expect: 127.0.0.1 True

client = socket.create_connection((host, port))
conn, addr = server.accept()
print(addr == client.getsockname(), conn.getpeername() == client.getsockname())
# expect: True True
print(client.getpeername() == (host, port))  # expect: True

client.sendall(b"hello, server")
print(conn.recv(1024))  # expect: b'hello, server'
print(conn.send(b"HELLO"))  # expect: 5
print(client.recv(2), client.recv(100))  # expect: b'HE' b'LLO'

# recv_into a bytearray, and a peek that leaves the data in place
buf = bytearray(8)
client.sendall(b"abc")
print(conn.recv_into(buf), buf)  # expect: 3 bytearray(b'abc\x00\x00\x00\x00\x00')
client.sendall(b"peek")
print(conn.recv(4, socket.MSG_PEEK), conn.recv(2), conn.recv(10))  # expect: b'peek' b'pe' b'ek'

# half-close: the writer's end of stream reaches the reader, which can still answer
client.shutdown(socket.SHUT_WR)
print(conn.recv(10))  # expect: b''
conn.sendall(b"still open")
print(client.recv(100))  # expect: b'still open'
conn.close()
print(client.recv(100))  # expect: b''

with socket.create_connection((host, port)) as c2:
    a2, _ = server.accept()
    with a2:
        c2.sendall(b"x" * 100000)
        got = b""
        while len(got) < 100000:
            got += a2.recv(65536)
        print(len(got), got == b"x" * 100000)  # expect: 100000 True
print(c2.fileno(), a2.fileno())  # expect: -1 -1
client.close()
server.close()
print(server)  # expect: <socket.socket [closed] fd=-1, family=2, type=1, proto=0>
