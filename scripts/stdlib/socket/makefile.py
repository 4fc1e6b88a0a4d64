# makefile(): buffered binary and text file objects over a socket.
import socket

server = socket.create_server(("127.0.0.1", 0))
client = socket.create_connection(server.getsockname())
conn, _ = server.accept()

reader = conn.makefile("rb")
client.sendall(b"first line\nsecond")
print(reader.readline())  # expect: b'first line\n'
client.sendall(b" line\nthird\n")
print(reader.readline(), reader.readline(3), reader.readline())
# expect: b'second line\n' b'thi' b'rd\n'

writer = client.makefile("w", encoding="utf-8")
writer.write("héllo\n")
writer.write("wörld\n")
writer.flush()
text = conn.makefile("r", encoding="utf-8")
print(repr(text.readline()), repr(text.readline()))  # expect: 'héllo\n' 'wörld\n'

binary_out = client.makefile("wb")
binary_out.write(b"a\r\nb\n")
binary_out.close()
print(reader.read(5))  # expect: b'a\r\nb\n'

# closing the socket keeps the channel open while a file from makefile() is
lines = conn.makefile("r", newline=None)
client.sendall(b"one\r\ntwo\r\nthree")
client.shutdown(socket.SHUT_WR)
conn.close()
print(list(lines))  # expect: ['one\n', 'two\n', 'three']
lines.close()
text.close()
reader.close()
print(conn.fileno())  # expect: -1
writer.close()
client.close()
server.close()

try:
    client.makefile("rx")
except ValueError as e:
    print(e)  # expect: invalid mode 'rx' (only r, w, b allowed)
