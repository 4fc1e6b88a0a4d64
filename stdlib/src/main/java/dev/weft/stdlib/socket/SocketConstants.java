// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.runtime.WeftDict;

/** The socket module's constants, with Linux's values (what CPython there exposes). */
final class SocketConstants {
    private SocketConstants() {}

    private static final Object[] TABLE = {
        "AF_UNSPEC", 0, "AF_UNIX", 1, "AF_INET", 2, "AF_INET6", 10,
        "SOCK_STREAM", 1, "SOCK_DGRAM", 2, "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5,
        "SOCK_NONBLOCK", 2048, "SOCK_CLOEXEC", 524288,
        "SOL_SOCKET", 1, "SOL_IP", 0, "SOL_TCP", 6, "SOL_UDP", 17,
        "SO_DEBUG", 1, "SO_REUSEADDR", 2, "SO_TYPE", 3, "SO_ERROR", 4, "SO_DONTROUTE", 5,
        "SO_BROADCAST", 6, "SO_SNDBUF", 7, "SO_RCVBUF", 8, "SO_KEEPALIVE", 9,
        "SO_OOBINLINE", 10, "SO_LINGER", 13, "SO_REUSEPORT", 15, "SO_RCVLOWAT", 18,
        "SO_SNDLOWAT", 19, "SO_RCVTIMEO", 20, "SO_SNDTIMEO", 21, "SO_ACCEPTCONN", 30,
        "SO_PROTOCOL", 38, "SO_DOMAIN", 39,
        "IPPROTO_IP", 0, "IPPROTO_ICMP", 1, "IPPROTO_TCP", 6, "IPPROTO_UDP", 17,
        "IPPROTO_IPV6", 41, "IPPROTO_RAW", 255,
        "TCP_NODELAY", 1, "TCP_MAXSEG", 2, "TCP_KEEPIDLE", 4, "TCP_KEEPINTVL", 5,
        "TCP_KEEPCNT", 6,
        "IP_TOS", 1, "IP_TTL", 2, "IP_MULTICAST_TTL", 33, "IP_MULTICAST_LOOP", 34,
        "IPV6_V6ONLY", 26,
        "SHUT_RD", 0, "SHUT_WR", 1, "SHUT_RDWR", 2,
        "MSG_OOB", 1, "MSG_PEEK", 2, "MSG_DONTROUTE", 4, "MSG_DONTWAIT", 64, "MSG_WAITALL", 256,
        "MSG_NOSIGNAL", 16384,
        "SOMAXCONN", 4096,
        "AI_PASSIVE", 1, "AI_CANONNAME", 2, "AI_NUMERICHOST", 4, "AI_V4MAPPED", 8, "AI_ALL", 16,
        "AI_ADDRCONFIG", 32, "AI_NUMERICSERV", 1024,
        "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2, "NI_NOFQDN", 4, "NI_NAMEREQD", 8,
        "NI_DGRAM", 16, "NI_MAXHOST", 1025, "NI_MAXSERV", 32,
        "EAI_BADFLAGS", -1, "EAI_NONAME", -2, "EAI_AGAIN", -3, "EAI_FAIL", -4,
        "EAI_FAMILY", -6, "EAI_SOCKTYPE", -7, "EAI_SERVICE", -8, "EAI_MEMORY", -10,
        "EAI_SYSTEM", -11, "EAI_OVERFLOW", -12,
        "INADDR_ANY", 0, "INADDR_BROADCAST", 0xffffffffL, "INADDR_LOOPBACK", 0x7f000001,
        "INADDR_NONE", 0xffffffffL,
    };

    static void install(WeftDict d) {
        for (int i = 0; i < TABLE.length; i += 2) {
            Object v = TABLE[i + 1];
            d.putStr((String) TABLE[i], v instanceof Integer n ? (Object) (long) n : v);
        }
    }
}
