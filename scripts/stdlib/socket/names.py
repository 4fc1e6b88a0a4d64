# Name functions on numeric addresses and localhost (no resolver needed).
import socket

def plain(infos):
    return [tuple(int(v) if isinstance(v, int) else v for v in info) for info in infos]

print(plain(socket.getaddrinfo("127.0.0.1", 80)))
# expect: [(2, 1, 6, '', ('127.0.0.1', 80)), (2, 2, 17, '', ('127.0.0.1', 80)), (2, 3, 0, '', ('127.0.0.1', 80))]
print(plain(socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM)))
# expect: [(2, 1, 6, '', ('127.0.0.1', 80))]
print(plain(socket.getaddrinfo("::1", 5, type=socket.SOCK_STREAM)))
# expect: [(10, 1, 6, '', ('::1', 5, 0, 0))]
print(plain(socket.getaddrinfo(None, 80, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)))
# expect: [(2, 1, 6, '', ('0.0.0.0', 80)), (10, 1, 6, '', ('::', 80, 0, 0))]
print(plain(socket.getaddrinfo("127.0.0.1", None, 0, socket.SOCK_DGRAM)))
# expect: [(2, 2, 17, '', ('127.0.0.1', 0))]
print(plain(socket.getaddrinfo("127.0.0.1", 80, flags=socket.AI_CANONNAME, type=socket.SOCK_STREAM)))
# expect: [(2, 1, 6, '127.0.0.1', ('127.0.0.1', 80))]
for bad in [lambda: socket.getaddrinfo("127.0.0.1", "nosuchservice"),
            lambda: socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET6),
            lambda: socket.getaddrinfo("127.0.0.1", 80, 99),
            lambda: socket.getaddrinfo("127.0.0.1", 80.5),
            lambda: socket.gethostbyname("::1")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
# expect: gaierror [Errno -8] Servname not supported for ai_socktype
# expect: gaierror [Errno -9] Address family for hostname not supported
# expect: gaierror [Errno -6] ai_family not supported
# expect: OSError Int or String expected
# expect: gaierror [Errno -9] Address family for hostname not supported
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
# expect: 127.0.0.1 127.0.0.1
print(socket.gethostbyname(""))  # expect: 0.0.0.0
print(type(socket.gethostname()).__name__, socket.gethostname() != "")  # expect: str True
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
# expect: ('127.0.0.1', '80')
print(socket.getservbyname("http"), socket.getservbyport(443))  # expect: 80 https
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
# expect: ::1 10.0.0.1
print(socket.inet_pton(socket.AF_INET, "192.168.0.1"), socket.inet_aton("127.1"))
# expect: b'\xc0\xa8\x00\x01' b'\x7f\x00\x00\x01'
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.gaierror.__module__)
# expect: True True socket
