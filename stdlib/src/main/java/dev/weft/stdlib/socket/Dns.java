// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Name lookups. Numeric addresses and {@code localhost} never reach the resolver; other names
 * go through the JDK's (which caches answers).
 */
final class Dns {
    private Dns() {}

    /** Every address of {@code host}. */
    static InetAddress[] lookup(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
