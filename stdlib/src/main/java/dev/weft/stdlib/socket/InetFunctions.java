// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Address conversions: inet_aton/ntoa/pton/ntop and the byte-order functions. */
final class InetFunctions {
    private InetFunctions() {}

    static void install(WeftDict d) {
        SocketModule.fn(d, "inet_aton", (t, a, k) -> new WeftBytes(aton(str(a, "inet_aton"))));
        SocketModule.fn(d, "inet_ntoa", (t, a, k) -> {
            byte[] b = packed(a, "inet_ntoa");
            if (b.length != 4) {
                throw Errors.of(ErrorTypes.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        });
        SocketModule.fn(d, "inet_pton", (t, a, k) -> {
            int family = IntOps.toInt(a[0]);
            String s = (String) a[1];
            if (family == Addresses.AF_INET) {
                return new WeftBytes(aton(s));
            }
            if (family != Addresses.AF_INET6 || !s.contains(":")) {
                throw family == Addresses.AF_INET6 ? Errors.of(ErrorTypes.OS_ERROR,
                        "illegal IP address string passed to inet_pton")
                        : SocketErrors.os(SocketErrors.EAFNOSUPPORT);
            }
            try {
                return new WeftBytes(InetAddress.getByName(s).getAddress());
            } catch (UnknownHostException e) {
                throw Errors.of(ErrorTypes.OS_ERROR, "illegal IP address string passed to"
                        + " inet_pton");
            }
        });
        SocketModule.fn(d, "inet_ntop", (t, a, k) -> {
            int family = IntOps.toInt(a[0]);
            byte[] b = packed(new Object[] {a[1]}, "inet_ntop");
            try {
                if (family == Addresses.AF_INET && b.length == 4) {
                    return InetAddress.getByAddress(b).getHostAddress();
                }
                if (family == Addresses.AF_INET6 && b.length == 16) {
                    return Addresses.ipv6((Inet6Address) Inet6Address.getByAddress(null, b, null));
                }
            } catch (UnknownHostException e) {
                // falls through to the length error
            }
            throw Errors.valueError("invalid length of packed IP address string");
        });
        order(d, "htons", 16);
        order(d, "ntohs", 16);
        order(d, "htonl", 32);
        order(d, "ntohl", 32);
    }

    private static void order(WeftDict d, String name, int bits) {
        SocketModule.fn(d, name, (t, a, k) -> {
            if (a.length != 1 || !IntOps.isInt(a[0])) {
                throw Errors.typeError("an integer is required");
            }
            long v = IntOps.clampLong(a[0]);
            if (v < 0) {
                throw Errors.overflow(name + ": can't convert negative Python int to C "
                        + bits + "-bit unsigned integer");
            }
            if (bits == 16 && v > 0xffff || bits == 32 && v > 0xffffffffL) {
                throw Errors.overflow(name + ": Python int too large to convert to C " + bits
                        + "-bit unsigned integer");
            }
            return bits == 16 ? (long) Short.reverseBytes((short) v) & 0xffff
                    : (long) Integer.reverseBytes((int) v) & 0xffffffffL;
        });
    }

    private static String str(Object[] a, String name) {
        if (a.length != 1 || !(a[0] instanceof String s)) {
            throw Errors.typeError(name + "() argument 1 must be str, not "
                    + (a.length == 0 ? "nothing" : Types.name(a[0])));
        }
        return s;
    }

    private static byte[] packed(Object[] a, String name) {
        if (a.length != 1 || !(a[0] instanceof WeftBytes b)) {
            throw Errors.typeError("a bytes-like object is required, not '"
                    + (a.length == 0 ? "nothing" : Types.name(a[0])) + "'");
        }
        return b.data();
    }

    /** inet_aton's forms: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits). */
    static byte[] aton(String s) {
        String[] parts = s.split("\\.", -1);
        long[] v = new long[parts.length];
        if (parts.length > 4) {
            throw illegal();
        }
        for (int i = 0; i < parts.length; i++) {
            v[i] = number(parts[i]);
        }
        long addr = 0;
        int n = parts.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) {
                throw illegal();
            }
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[n - 1];
        if (last >= 1L << (8 * (5 - n))) {
            throw illegal();
        }
        addr |= last;
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8),
            (byte) addr};
    }

    private static long number(String p) {
        try {
            if (p.startsWith("0x") || p.startsWith("0X")) {
                return Long.parseLong(p.substring(2), 16);
            }
            if (p.length() > 1 && p.startsWith("0")) {
                return Long.parseLong(p.substring(1), 8);
            }
            return Long.parseLong(p);
        } catch (NumberFormatException e) {
            throw illegal();
        }
    }

    private static RuntimeException illegal() {
        return Errors.of(ErrorTypes.OS_ERROR, "illegal IP address string passed to inet_aton");
    }
}
